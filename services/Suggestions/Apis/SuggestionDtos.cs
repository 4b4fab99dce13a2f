using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record CreateSuggestionRequest(
    string? Kind,
    bool? DuringSession,
    string? Title,
    string? Body,
    string? Category,
    string? DivisionCode,
    Guid? LeadDeputyId,
    string? LeadDeputyName,
    IReadOnlyList<Guid>? CoSignerIds,
    Guid? CongressId);

public sealed record UpdateSuggestionRequest(string? Title, string? Body, string? Category, bool? DuringSession, IReadOnlyList<Guid>? CoSignerIds);

/// <summary>Decision: accept (with category, key flag and supervising leader), merge (into targetId) or return (with reason).</summary>
public sealed record ReviewRequest(string? Decision, string? Category, bool? IsKey, Guid? SupervisingLeaderId, Guid? TargetId, string? Reason);

public sealed record AssignRequest(string? LeadUnitCode, IReadOnlyList<string?>? CoUnitCodes);

public sealed record NoteRequest(string? Note);

public sealed record OpinionRequest(string? Opinion);

public sealed record AnswerRequest(string? Category, string? Content, string? Reason);

public sealed record RateRequest(string? Rating, string? Comment);

public sealed record ProgressRequest(string? Note, bool? Done);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record SuggestionSummary(
    Guid Id,
    string Kind,
    bool DuringSession,
    string Title,
    string? Category,
    string State,
    string DivisionCode,
    int? Term,
    Guid LeadDeputyId,
    string LeadDeputyName,
    bool IsKey,
    string? LeadUnitCode,
    int Round,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt,
    bool Overdue)
{
    public static SuggestionSummary From(Suggestion s, DateTimeOffset now) => new(
        s.Id, s.Kind.Name(), s.DuringSession, s.Title, s.Category, s.State.Name(), s.DivisionCode, s.Term, s.LeadDeputyId, s.LeadDeputyName,
        s.IsKey, s.LeadUnitCode, s.Round, s.CreatedAt, s.SubmittedAt, s.DueAt, s.IsOverdue(now));
}

public sealed record CoSignerDto(Guid DeputyId, bool Confirmed, DateTimeOffset? ConfirmedAt);

public sealed record CoUnitDto(string UnitCode, string? Opinion, DateTimeOffset? OpinionAt);

public sealed record HistoryDto(string Action, string? From, string To, Guid ActorId, string ActorName, string? Reason, DateTimeOffset At);

public sealed record AnswerDto(int Round, string Category, string Content, string? Reason, string UnitCode, DateTimeOffset AnsweredAt, DateTimeOffset DueAt, bool OnTime);

public sealed record RatingDto(int Round, string Rating, string? Comment, DateTimeOffset At);

public sealed record ProgressDto(string Note, bool Done, DateTimeOffset At);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

public sealed record SuggestionDetail(
    Guid Id,
    string Kind,
    bool DuringSession,
    string Title,
    string Body,
    string? Category,
    string State,
    string DivisionCode,
    Guid? CongressId,
    int? Term,
    Guid LeadDeputyId,
    string LeadDeputyName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    bool IsKey,
    Guid? SupervisingLeaderId,
    Guid? MergedIntoId,
    string? ReturnReason,
    string? LeadUnitCode,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? DueAt,
    int Round,
    bool Overdue,
    DateTimeOffset? ContactedAt,
    string? ContactNote,
    DateTimeOffset? ClosedAt,
    Guid? SourceOpinionId,
    string? SourceTrackingCode,
    IReadOnlyList<CoSignerDto> CoSigners,
    IReadOnlyList<CoUnitDto> CoUnits,
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<RatingDto> Ratings,
    IReadOnlyList<ProgressDto> Progress,
    IReadOnlyList<HistoryDto> History,
    IReadOnlyList<AttachmentDto> Attachments)
{
    public static SuggestionDetail From(Suggestion s, DateTimeOffset now, IReadOnlyList<AttachmentDto> attachments) => new(
        s.Id, s.Kind.Name(), s.DuringSession, s.Title, s.Body, s.Category, s.State.Name(), s.DivisionCode, s.CongressId, s.Term,
        s.LeadDeputyId, s.LeadDeputyName, s.CreatedAt, s.SubmittedAt, s.IsKey, s.SupervisingLeaderId, s.MergedIntoId, s.ReturnReason,
        s.LeadUnitCode, s.AssignedAt, s.DueAt, s.Round, s.IsOverdue(now), s.ContactedAt, s.ContactNote, s.ClosedAt,
        s.SourceOpinionId, s.SourceTrackingCode,
        [.. s.CoSigners.Select(c => new CoSignerDto(c.DeputyId, c.ConfirmedAt is not null, c.ConfirmedAt))],
        [.. s.CoUnits.Select(c => new CoUnitDto(c.UnitCode, c.Opinion, c.OpinionAt))],
        [.. s.Answers.OrderBy(a => a.Round).Select(a => new AnswerDto(a.Round, a.Category.Name(), a.Content, a.Reason, a.UnitCode, a.AnsweredAt, a.DueAt, a.OnTime))],
        [.. s.Ratings.OrderBy(r => r.Round).Select(r => new RatingDto(r.Round, r.Rating.Name(), r.Comment, r.At))],
        [.. s.ProgressReports.OrderBy(p => p.At).Select(p => new ProgressDto(p.Note, p.Done, p.At))],
        [.. s.History.OrderBy(h => h.Sequence).Select(h => new HistoryDto(h.Action, h.From?.Name(), h.To.Name(), h.ActorId, h.ActorName, h.Reason, h.At))],
        attachments);
}

using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>A whole suggestion with its co-signers, units, answers, ratings, progress, history and attachments.</summary>
public sealed record SuggestionDetail(
    Guid Id,
    SuggestionKind Kind,
    bool DuringSession,
    string Title,
    string Body,
    string? Category,
    SuggestionState State,
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
    string? Conclusion,
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
        s.Id, s.Kind, s.DuringSession, s.Title, s.Body, s.Category, s.State, s.DivisionCode, s.CongressId, s.Term,
        s.LeadDeputyId, s.LeadDeputyName, s.CreatedAt, s.SubmittedAt, s.IsKey, s.SupervisingLeaderId, s.MergedIntoId, s.ReturnReason,
        s.LeadUnitCode, s.AssignedAt, s.DueAt, s.Round, s.IsOverdue(now), s.ContactedAt, s.ContactNote, s.ClosedAt, s.Conclusion,
        s.SourceOpinionId, s.SourceTrackingCode,
        [.. s.CoSigners.Select(c => new CoSignerDto(c.DeputyId, c.ConfirmedAt is not null, c.ConfirmedAt))],
        [.. s.CoUnits.Select(c => new CoUnitDto(c.UnitCode, c.Opinion, c.OpinionAt))],
        [.. s.Answers.OrderBy(a => a.Round).Select(a => new AnswerDto(a.Round, a.Category, a.Content, a.Reason, a.UnitCode, a.AnsweredAt, a.DueAt, a.OnTime))],
        [.. s.Ratings.OrderBy(r => r.Round).Select(r => new RatingDto(r.Round, r.Rating, r.Comment, r.At))],
        [.. s.ProgressReports.OrderBy(p => p.At).Select(p => new ProgressDto(p.Note, p.Done, p.At))],
        [.. s.History.OrderBy(h => h.Sequence).Select(h => new HistoryDto(h.Action, h.From, h.To, h.ActorId, h.ActorName, h.Reason, h.At))],
        attachments);
}

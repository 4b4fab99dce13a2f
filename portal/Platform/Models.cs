namespace RenminDaibiao.Portal.Platform;

/// <summary>A page of any list of the platform: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A deputy as the deputies list names them, to pick co-signers from.</summary>
public sealed record DeputyName(Guid Id, string Name);

public sealed record DeputyCard(Guid Id, string Name, string DivisionCode, string? StationName, IReadOnlyList<string> Levels);

public sealed record TrackStep(string Status, string StatusText, DateTimeOffset At);

public sealed record TrackedOpinion(
    string TrackingCode, string Status, string StatusText, string Channel, string? Category, DateTimeOffset RegisteredAt,
    IReadOnlyList<TrackStep> Steps, string? Answer, DateTimeOffset? AnsweredAt, int? Rating, DateTimeOffset? RatedAt);

public sealed record SubmittedOpinion(string TrackingCode);

public sealed record PublicShift(Guid Id, string StationName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? DeputyName, IReadOnlyList<DateTimeOffset> FreeSlots);

public sealed record OpinionItem(
    Guid Id, string TrackingCode, string Channel, Guid? DeputyId, string? DeputyName, string Content, string? CitizenName, string? CitizenPhone,
    int ImageCount, string Status, string StatusText, DateTimeOffset RegisteredAt, string? Category, string? SuggestionTitle, string? Answer);

public sealed record SuggestionSummary(
    Guid Id, string Kind, string Title, string? Category, string State, Guid LeadDeputyId, string LeadDeputyName, DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, bool Overdue);

public sealed record SuggestionAnswer(int Round, string Category, string Content, string UnitCode, DateTimeOffset AnsweredAt);

public sealed record SuggestionRating(int Round, string Rating, string? Comment, DateTimeOffset At);

public sealed record SuggestionHistory(string Action, string? From, string To, string ActorName, string? Reason, DateTimeOffset At);

public sealed record CoSigner(Guid DeputyId, bool Confirmed, DateTimeOffset? ConfirmedAt);

public sealed record SuggestionDetail(
    Guid Id, string Kind, string Title, string Body, string? Category, string State, Guid LeadDeputyId, string LeadDeputyName,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, string? SourceTrackingCode,
    IReadOnlyList<CoSigner> CoSigners, IReadOnlyList<SuggestionAnswer> Answers, IReadOnlyList<SuggestionRating> Ratings,
    IReadOnlyList<SuggestionHistory> History);

public sealed record SuggestionAttachment(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

public sealed record VoteItem(Guid Id, string Title);

/// <summary>A 民生实事 vote (kind project-vote) or a satisfaction evaluation (kind evaluation), as Voting lists both.</summary>
public sealed record Vote(
    Guid Id, string Kind, string Title, string Session, string Mode, int? MaxChoices, string Status, int EligibleCount, DateTimeOffset? ClosesAt,
    IReadOnlyList<VoteItem> Items);

public sealed record BallotReceipt(string ReceiptCode, Guid VoteId, string Message);

public sealed record ReceiptCheck(Guid VoteId, string VoteTitle, string VoteStatus, bool Recorded, bool Counted);

/// <summary>An inbox message; <see cref="PortalPath"/> is where the record it is about opens, when the portal has a page for it.</summary>
public sealed record InboxItem(Guid Id, string Title, string Body, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? PortalPath);

public sealed record UnreadCount(int Unread);

public sealed record KindPoints(string Kind, string Label, int Activities, int Points, int YearlyCap);

public sealed record DeputyPoints(Guid DeputyId, string Name, int Year, int Activities, int Total, IReadOnlyList<KindPoints> Kinds);

public sealed record RankingItem(int Rank, Guid DeputyId, string Name, int Points, int Activities);

public sealed record DutyShift(Guid Id, string StationName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Status, Guid? DeputyId);

public sealed record OpinionStep(int Sequence, string Status, string StatusText, string ActorName, string ActorRole, DateTimeOffset At, string? Note);

/// <summary>An opinion as staff handle it: personal data masked by the platform, every step with who and when.</summary>
public sealed record StaffOpinion(
    Guid Id, string TrackingCode, string DivisionCode, string Channel, Guid? StationId, Guid? DeputyId, string? DeputyName, string Content,
    bool Anonymous, string? CitizenName, string? CitizenPhone, string? CitizenIdNumber, int ImageCount, string Status, string StatusText,
    DateTimeOffset RegisteredAt, string? Category, string? Level, string? LocalNote, string? UnitCode, DateTimeOffset? DueAt,
    string? SuggestionTitle, string? Answer, DateTimeOffset? AnsweredAt, int? Rating, string? RatingComment, IReadOnlyList<OpinionStep> Steps);

/// <summary>The unmasked personal data of an opinion; the platform records every read of it.</summary>
public sealed record OpinionPersonalData(Guid Id, string TrackingCode, string? CitizenName, string? CitizenPhone, string? CitizenIdNumber);

/// <summary>One read of personal data: who, in which role, what, when.</summary>
public sealed record AuditEntry(Guid Id, string ActorName, string ActorRole, string Action, DateTimeOffset At);

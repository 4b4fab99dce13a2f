namespace RenminDaibiao.Contracts.Voting;

/// <summary>A 民生实事 vote or a satisfaction evaluation opened; every eligible voter is told.</summary>
public sealed record VoteOpened(
    Guid VoteId,
    string Kind,
    string Title,
    Guid? CongressId,
    string DivisionCode,
    IReadOnlyList<Guid> EligibleDeputyIds,
    DateTimeOffset? ClosesAt) : IntegrationEvent;

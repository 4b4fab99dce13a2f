namespace RenminDaibiao.Contracts.Voting;

/// <summary>
/// A deputy took part in a vote (Kind "project-vote") or a satisfaction evaluation (Kind "evaluation").
/// It says who took part, never what they chose. Deputies records the duty.
/// </summary>
public sealed record VoteParticipated(
    Guid VoteId,
    string Kind,
    string Title,
    Guid DeputyId,
    string DivisionCode) : IntegrationEvent;

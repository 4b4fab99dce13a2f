using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>A checked ballot waiting to be committed. <see cref="PublishAsDeputy"/> publishes VoteParticipated (deputies only).</summary>
public sealed record CastRequest(
    Guid VoteId,
    Guid VoterId,
    string Kind,
    string Title,
    string DivisionCode,
    bool PublishAsDeputy,
    IReadOnlyList<BallotChoice> Choices);

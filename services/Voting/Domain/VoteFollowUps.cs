namespace RenminDaibiao.Voting.Domain;

/// <summary>The records a closed vote's result requires: projects for passed candidates, rectifications for subjects below the threshold.</summary>
public sealed record VoteFollowUps(IReadOnlyList<Project> Projects, IReadOnlyList<Rectification> Rectifications);

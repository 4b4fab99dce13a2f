namespace RenminDaibiao.Voting.Domain;

/// <summary>One mark on a ballot: the item (candidate or evaluated subject) and the choice made for it.</summary>
public sealed record BallotChoice(Guid ItemId, string Choice);

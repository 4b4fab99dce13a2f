namespace RenminDaibiao.Voting.Domain;

/// <summary>One mark of a ballot as the voter sent it: the item (candidate or subject) and the choice.</summary>
public sealed record BallotMark(Guid? ItemId, string? Choice);

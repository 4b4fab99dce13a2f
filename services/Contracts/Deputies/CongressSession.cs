namespace RenminDaibiao.Contracts.Deputies;

/// <summary>
/// One session (会议) of a congress term, e.g. the third session (三次会议), from its first to its last day in China
/// dates. A suggestion made on one of these days is a session suggestion; motions (议案) are made only then.
/// </summary>
public sealed record CongressSession(int Number, DateOnly StartsOn, DateOnly EndsOn);

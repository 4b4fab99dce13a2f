namespace RenminDaibiao.Deputies.Domain;

/// <summary>What a client sends for one session (会议) of a congress: its number in the term and its first and last day.</summary>
public sealed record SessionInput(int? Number, DateOnly? StartsOn, DateOnly? EndsOn);

namespace RenminDaibiao.Contracts.Deadlines;

/// <summary>The item behind an earlier <see cref="DeadlineSet"/> was answered or closed; its pending reminders stop.</summary>
public sealed record DeadlineMet(string ItemKind, Guid ItemId) : IntegrationEvent;

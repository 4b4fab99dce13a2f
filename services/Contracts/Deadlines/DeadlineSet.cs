namespace RenminDaibiao.Contracts.Deadlines;

/// <summary>
/// Any service's item got (or moved) a deadline: a suggestion answer, an opinion hand-off, a 交办函,
/// a rectification. Notifications keeps the reminder schedule (due soon, due today, overdue) from these.
/// ItemKind: suggestion, opinion, follow-up-letter, rectification. The recipient is a handling unit
/// (UnitCode) and the committee staff of DivisionCode; ItemKind + ItemId identify the item.
/// </summary>
public sealed record DeadlineSet(
    string ItemKind,
    Guid ItemId,
    string Title,
    string DivisionCode,
    string? UnitCode,
    DateTimeOffset DueAt) : IntegrationEvent;

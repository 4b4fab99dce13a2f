namespace RenminDaibiao.Suggestions.Domain;

public sealed record SuggestionStatisticsReport(
    StatisticsRow Total,
    IReadOnlyList<StatisticsRow> ByUnit,
    IReadOnlyList<StatisticsRow> ByDivision,
    IReadOnlyList<StatisticsRow> ByCategory);

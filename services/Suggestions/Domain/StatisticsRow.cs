namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// Handling figures of a set of assigned suggestions (交办件):
/// on-time answer rate = first answers given by the first deadline / assigned items that are answered or past that deadline;
/// satisfaction rate = (satisfied + basically satisfied) by the latest rating / rated items;
/// solved rate = items whose latest answer is "solved" / answered items. Rates are fractions rounded to 4 places, null without a base.
/// </summary>
public sealed record StatisticsRow(
    string Key,
    string Name,
    int Assigned,
    int Due,
    int AnsweredOnTime,
    decimal? OnTimeRate,
    int Answered,
    int Solved,
    decimal? SolvedRate,
    int Rated,
    int Satisfied,
    decimal? SatisfactionRate);

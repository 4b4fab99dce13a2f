namespace RenminDaibiao.Suggestions.Domain;

public sealed class RatingEntry
{
    private RatingEntry()
    {
    }

    internal RatingEntry(int round, Rating rating, string? comment, DateTimeOffset at)
    {
        Round = round;
        Rating = rating;
        Comment = comment;
        At = at;
    }

    public int Round { get; private set; }

    public Rating Rating { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }
}

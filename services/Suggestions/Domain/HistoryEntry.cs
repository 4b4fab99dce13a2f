namespace RenminDaibiao.Suggestions.Domain;

/// <summary>One step of the history: who did what, when and why. From is null for the creation.</summary>
public sealed class HistoryEntry
{
    public const int MaxActionLength = 30;
    public const int MaxActorNameLength = 100;

    private HistoryEntry()
    {
        Action = "";
        ActorName = "";
    }

    internal HistoryEntry(int sequence, string action, SuggestionState? from, SuggestionState to, Actor actor, string? reason, DateTimeOffset at)
    {
        Sequence = sequence;
        Action = action;
        From = from;
        To = to;
        ActorId = actor.AccountId;
        ActorName = actor.Name.Length > MaxActorNameLength ? actor.Name[..MaxActorNameLength] : actor.Name;
        Reason = reason;
        At = at;
    }

    /// <summary>1, 2, 3... in the order the steps happened (several can share a timestamp).</summary>
    public int Sequence { get; private set; }

    public string Action { get; private set; }

    public SuggestionState? From { get; private set; }

    public SuggestionState To { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}

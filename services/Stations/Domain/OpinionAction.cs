namespace RenminDaibiao.Stations.Domain;

/// <summary>The operations of the loop, each allowed only from certain states.</summary>
public enum OpinionAction
{
    Sort,
    SettleLocally,
    SendToUnit,
    RaiseAsSuggestion,
    RecordFeedback,

    /// <summary>Suggestions drafted the suggestion; the opinion records its id.</summary>
    LinkSuggestion,

    /// <summary>The unit answered the suggestion (each round).</summary>
    RecordSuggestionAnswer,

    /// <summary>The deputy was not satisfied with the suggestion's answer; the unit answers again.</summary>
    RecordSuggestionRejected,

    /// <summary>The deputy accepted the suggestion's answer: the citizen may now rate it.</summary>
    ConcludeSuggestion,

    Rate,

    /// <summary>A first-round rating of 1 or 2: back to the station for a second round.</summary>
    RateUnsatisfied,
}

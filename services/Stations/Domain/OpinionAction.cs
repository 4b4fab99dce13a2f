namespace RenminDaibiao.Stations.Domain;

/// <summary>The operations of the loop, each allowed only from certain states.</summary>
public enum OpinionAction
{
    Sort,
    SettleLocally,
    SendToUnit,
    RaiseAsSuggestion,
    RecordFeedback,
    Rate,
}

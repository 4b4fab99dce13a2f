namespace RenminDaibiao.Suggestions.Domain;

public enum SuggestionState
{
    Draft,
    Submitted,
    Accepted,
    Merged,
    Returned,
    Assigned,
    Contacted,
    Answered,
    BeingSolved,
    Closed,
    Escalated,

    /// <summary>After a joint supervision meeting (联合督办): the leader decides on a further round or a conclusion.</summary>
    JointSupervision,
}

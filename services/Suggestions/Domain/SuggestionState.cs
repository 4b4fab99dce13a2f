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
}

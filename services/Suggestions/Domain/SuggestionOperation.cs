namespace RenminDaibiao.Suggestions.Domain;

/// <summary>The operations on a suggestion; some move it between states, the supervision ones may leave it where it is.</summary>
public enum SuggestionOperation
{
    Submit,
    Accept,
    Merge,
    Return,
    Assign,
    Contact,
    Answer,
    Rate,
    ReportProgress,

    /// <summary>督办: the committee or the supervising leader presses the unit, with instructions.</summary>
    Supervise,

    /// <summary>催办: a reminder to the unit to answer.</summary>
    Urge,

    /// <summary>The answer is overdue: the staff of the division and the supervising leader are told, once a round.</summary>
    EscalateOverdue,

    /// <summary>The supervising leader of a key suggestion records their own supervision (领办 visit, meeting, note).</summary>
    LeaderSupervision,

    /// <summary>After escalation: a further handling round with a new deadline.</summary>
    Rehandle,

    /// <summary>After escalation: a joint supervision meeting (联合督办) and its outcome.</summary>
    HoldJointMeeting,

    /// <summary>After escalation: closed with a written conclusion.</summary>
    Conclude,
}

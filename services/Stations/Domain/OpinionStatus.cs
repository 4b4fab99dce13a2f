namespace RenminDaibiao.Stations.Domain;

/// <summary>The states of the five-step closed loop (五步闭环).</summary>
public enum OpinionStatus
{
    /// <summary>登记: received and stored.</summary>
    Registered,

    /// <summary>汇总梳理: category and handling level set.</summary>
    Sorted,

    /// <summary>分级分类办理: settled at the village/township.</summary>
    SettledLocally,

    /// <summary>分级分类办理: sent to a handling unit with a deadline.</summary>
    SentToUnit,

    /// <summary>分级分类办理: a deputy took it up as a suggestion.</summary>
    RaisedAsSuggestion,

    /// <summary>
    /// 反馈 of a suggestion: the handling unit answered the suggestion the opinion became; the citizen has the answer,
    /// and the deputy's rating of it is awaited (an unsatisfied deputy has the unit answer again).
    /// </summary>
    SuggestionAnswered,

    /// <summary>
    /// 不满意件责令整改: the citizen rated the first round's answer 1 or 2, so the station handles it a second time.
    /// </summary>
    Reopened,

    /// <summary>反馈: the answer was recorded to the citizen and the deputy.</summary>
    Answered,

    /// <summary>评价: the citizen rated the answer.</summary>
    Rated,
}

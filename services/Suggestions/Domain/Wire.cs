namespace RenminDaibiao.Suggestions.Domain;

/// <summary>Wire names (kebab-case, used in the API and in events) and Chinese labels.</summary>
public static class Wire
{
    private static readonly Dictionary<SuggestionState, string> StateNames = new()
    {
        [SuggestionState.Draft] = "draft",
        [SuggestionState.Submitted] = "submitted",
        [SuggestionState.Accepted] = "accepted",
        [SuggestionState.Merged] = "merged",
        [SuggestionState.Returned] = "returned",
        [SuggestionState.Assigned] = "assigned",
        [SuggestionState.Contacted] = "contacted",
        [SuggestionState.Answered] = "answered",
        [SuggestionState.BeingSolved] = "being-solved",
        [SuggestionState.Closed] = "closed",
        [SuggestionState.Escalated] = "escalated",
        [SuggestionState.JointSupervision] = "joint-supervision",
    };

    private static readonly Dictionary<SuggestionState, string> StateLabels = new()
    {
        [SuggestionState.Draft] = "草稿",
        [SuggestionState.Submitted] = "已提交",
        [SuggestionState.Accepted] = "已审核",
        [SuggestionState.Merged] = "已并案",
        [SuggestionState.Returned] = "已退回",
        [SuggestionState.Assigned] = "已交办",
        [SuggestionState.Contacted] = "已沟通",
        [SuggestionState.Answered] = "已答复",
        [SuggestionState.BeingSolved] = "正在解决",
        [SuggestionState.Closed] = "已办结",
        [SuggestionState.Escalated] = "已提请领导督办",
        [SuggestionState.JointSupervision] = "联合督办中",
    };

    public static string Name(this SuggestionState state) => StateNames[state];

    public static string Label(this SuggestionState state) => StateLabels[state];

    public static bool TryParseState(string? value, out SuggestionState state)
    {
        foreach (var (key, name) in StateNames)
        {
            if (string.Equals(name, value, StringComparison.Ordinal))
            {
                state = key;
                return true;
            }
        }

        state = default;
        return false;
    }

    public static string Name(this SuggestionKind kind) => kind == SuggestionKind.Motion ? "motion" : "suggestion";

    public static string Label(this SuggestionKind kind) => kind == SuggestionKind.Motion ? "议案" : "建议";

    public static bool TryParseKind(string? value, out SuggestionKind kind)
    {
        (var ok, kind) = value switch
        {
            "suggestion" => (true, SuggestionKind.Suggestion),
            "motion" => (true, SuggestionKind.Motion),
            _ => (false, SuggestionKind.Suggestion),
        };
        return ok;
    }

    public static string Name(this AnswerCategory category) => category switch
    {
        AnswerCategory.Solved => "solved",
        AnswerCategory.BeingSolved => "being-solved",
        _ => "cannot-solve-now",
    };

    public static string Label(this AnswerCategory category) => category switch
    {
        AnswerCategory.Solved => "已解决",
        AnswerCategory.BeingSolved => "正在解决或列入计划",
        _ => "因条件限制暂时无法解决",
    };

    public static bool TryParseAnswerCategory(string? value, out AnswerCategory category)
    {
        (var ok, category) = value switch
        {
            "solved" => (true, AnswerCategory.Solved),
            "being-solved" => (true, AnswerCategory.BeingSolved),
            "cannot-solve-now" => (true, AnswerCategory.CannotSolveNow),
            _ => (false, AnswerCategory.Solved),
        };
        return ok;
    }

    public static string Name(this Rating rating) => rating switch
    {
        Rating.Satisfied => "satisfied",
        Rating.BasicallySatisfied => "basically-satisfied",
        _ => "unsatisfied",
    };

    public static string Label(this Rating rating) => rating switch
    {
        Rating.Satisfied => "满意",
        Rating.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    public static bool TryParseRating(string? value, out Rating rating)
    {
        (var ok, rating) = value switch
        {
            "satisfied" => (true, Rating.Satisfied),
            "basically-satisfied" => (true, Rating.BasicallySatisfied),
            "unsatisfied" => (true, Rating.Unsatisfied),
            _ => (false, Rating.Satisfied),
        };
        return ok;
    }
}

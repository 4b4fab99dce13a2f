namespace RenminDaibiao.Portal.Platform;

/// <summary>The Chinese words for the platform's wire values.</summary>
public static class Wording
{
    public static string SuggestionState(string state) => state switch
    {
        "draft" => "草稿",
        "submitted" => "已提交",
        "accepted" => "已立案",
        "merged" => "已并案",
        "returned" => "已退回",
        "assigned" => "已交办",
        "contacted" => "已联系代表",
        "answered" => "已答复待评价",
        "being-solved" => "正在解决",
        "closed" => "已办结",
        "escalated" => "责令整改",
        _ => state,
    };

    public static string Rating(string rating) => rating switch
    {
        "satisfied" => "满意",
        "basically-satisfied" => "基本满意",
        "unsatisfied" => "不满意",
        _ => rating,
    };

    public static string AnswerCategory(string category) => category switch
    {
        "solved" => "已解决",
        "being-solved" => "正在解决或列入计划",
        "cannot-solve-now" => "因条件限制暂时无法解决，已作说明",
        _ => category,
    };

    public static string Kind(string kind) => kind == "motion" ? "议案" : "建议";
}

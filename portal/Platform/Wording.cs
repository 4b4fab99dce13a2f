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

    public static string OpinionChannel(string channel) => channel switch
    {
        "visit" => "来访",
        "qr-message" => "扫码留言",
        "booked-meeting" => "预约见面",
        "photo-report" => "随手拍",
        "grid-visit" => "网格走访",
        _ => channel,
    };

    public static string HandlingLevel(string level) => level switch
    {
        "village" => "村（社区）",
        "township" => "乡镇（街道）",
        "county" => "县（区）",
        "city" => "市",
        _ => level,
    };

    /// <summary>Who did a step or a read, as the audit trail names roles.</summary>
    public static string Role(string role) => role switch
    {
        "citizen" => "群众",
        "deputy" => "代表",
        "station-staff" => "联络站工作人员",
        "committee-staff" => "人大常委会工作人员",
        "handling-unit" => "承办单位",
        "admin" => "管理员",
        "service" => "平台服务",
        "system" => "系统",
        _ => role,
    };

    public static string AuditAction(string action) => action switch
    {
        "read-personal-data" => "查看群众个人信息",
        "read-citizen-phone" => "读取手机号发送短信",
        _ => action,
    };
}

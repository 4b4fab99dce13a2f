using System.Globalization;
using System.Text.RegularExpressions;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// Every user-facing text, one template per kind of message (and per recipient where texts differ),
/// with {placeholders} filled by <see cref="Render"/>. Texts are Simplified Chinese.
/// </summary>
public static partial class MessageTemplates
{
    public sealed record Template(string Title, string Body);

    public const string CitizenSms = "citizen-sms";

    private static readonly Dictionary<string, Template> Templates = new(StringComparer.Ordinal)
    {
        [MessageKinds.DeputyRegistered] = new("新代表登记", "代表 {name} 已在行政区划 {division} 登记。"),
        [MessageKinds.SuggestionAssigned] = new("建议交办通知", "建议《{title}》已交办贵单位{role}，请于 {dueDate} 前答复。"),
        [MessageKinds.SuggestionAnswered] = new("建议已答复", "您领衔的建议《{title}》已由承办单位 {unit} 答复（{category}），请及时评价。"),
        [MessageKinds.SuggestionUnsatisfied] = new("建议办理不满意", "代表对建议《{title}》的第 {round} 次答复评价为不满意，请重新办理并再次答复。"),
        [MessageKinds.SuggestionEscalated] = new("建议督办提请", "建议《{title}》经承办单位 {unit} 再次答复后代表仍不满意，已提请您督办。"),
        [MessageKinds.SuggestionSupervised + ":supervise"] = new("建议督办通知", "{actor}对建议《{title}》提出督办意见：{note}"),
        [MessageKinds.SuggestionSupervised + ":urge"] = new("建议催办通知", "{actor}催办建议《{title}》：{note}"),
        [MessageKinds.SuggestionSupervised + ":rehandle"] = new("建议责成再次办理", "建议《{title}》经提请督办，{actor}责成贵单位再次办理，请于 {dueDate} 前答复。督办意见：{note}"),
        [MessageKinds.SuggestionSupervised + ":joint-meeting"] = new("联合督办会议结果", "建议《{title}》已召开联合督办会议，会议结果：{note}"),
        [MessageKinds.SuggestionOverdueEscalated] = new("建议超期未答复", "建议《{title}》应于 {dueDate} 前由 {unit} 答复，现已超期，请督促办理。"),
        [MessageKinds.OpinionAnswered] = new("群众意见已反馈", "您联系的群众意见（查询码 {trackingCode}）已反馈：{answer}"),
        [MessageKinds.OpinionAnswered + ":" + CitizenSms] = new("意见办理反馈", "【人大代表联络站】您反映的意见（查询码 {trackingCode}）已有办理结果：{answer} 欢迎凭查询码对办理结果进行评价。"),
        [MessageKinds.VoteOpened] = new("投票已开始", "{voteKind}《{title}》已开始{closes}，请及时参加。"),
        [MessageKinds.DutyShiftTomorrow] = new("明日进站履职提醒", "您明天（{startsAt}）在{station}有一个进站接待班次，请准时参加。"),
        [MessageKinds.DeadlineDueSoon] = new("办理期限临近", "{itemKind}《{title}》将于 {dueDate} 到期，请抓紧办理。"),
        [MessageKinds.DeadlineDueToday] = new("今日到期提醒", "{itemKind}《{title}》今天（{dueDate}）到期，请及时办结。"),
        [MessageKinds.DeadlineOverdue] = new("办理已逾期", "{itemKind}《{title}》已于 {dueDate} 逾期，请尽快办理并说明情况。"),
    };

    private static readonly Dictionary<string, string> ItemKinds = new(StringComparer.Ordinal)
    {
        ["suggestion"] = "建议",
        ["opinion"] = "群众意见",
        ["follow-up-letter"] = "交办函",
        ["rectification"] = "整改事项",
    };

    private static readonly Dictionary<string, string> AnswerCategories = new(StringComparer.Ordinal)
    {
        ["solved"] = "已解决",
        ["being-solved"] = "正在解决或列入计划解决",
        ["cannot-solve-now"] = "因条件限制暂时无法解决",
    };

    private static readonly Dictionary<string, string> VoteKinds = new(StringComparer.Ordinal)
    {
        ["project-vote"] = "民生实事项目票决",
        ["evaluation"] = "满意度测评",
    };

    public static string ItemKindText(string itemKind) => ItemKinds.GetValueOrDefault(itemKind, "待办事项");

    public static string AnswerCategoryText(string category) => AnswerCategories.GetValueOrDefault(category, category);

    public static string VoteKindText(string kind) => VoteKinds.GetValueOrDefault(kind, "投票");

    /// <summary>A date as a message shows it, in China time: 2026年3月5日.</summary>
    public static string DateText(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A date and time as a message shows it, in China time: 2026年3月5日 09:00.</summary>
    public static string DateTimeText(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Fills the template for <paramref name="key"/>; a missing placeholder value is an error of the caller.</summary>
    public static (string Title, string Body) Render(string key, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var template = Templates.TryGetValue(key, out var found)
            ? found
            : throw new KeyNotFoundException($"No message template '{key}'.");
        return (Fill(template.Title, values), Fill(template.Body, values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No value for placeholder '{match.Groups[1].Value}'."));

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}

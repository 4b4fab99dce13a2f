namespace RenminDaibiao.Deputies.Domain;

/// <summary>The twelve kinds of duty records (履职登记) and their default points.</summary>
public static class DutyKinds
{
    /// <summary>Room for the longest kind (legislative-consultation) and a few more.</summary>
    public const int MaxLength = 32;

    public const string AttendSession = "attend-session";
    public const string Suggestion = "suggestion";
    public const string StationDuty = "station-duty";
    public const string Inspection = "inspection";
    public const string Research = "research";
    public const string LawEnforcementCheck = "law-enforcement-check";
    public const string Evaluation = "evaluation";
    public const string Training = "training";
    public const string Inquiry = "inquiry";
    public const string LegislativeConsultation = "legislative-consultation";
    public const string ContactConstituents = "contact-constituents";
    public const string PublicService = "public-service";

    public static IReadOnlyList<string> All { get; } =
    [
        AttendSession, Suggestion, StationDuty, Inspection, Research, LawEnforcementCheck,
        Evaluation, Training, Inquiry, LegislativeConsultation, ContactConstituents, PublicService,
    ];

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [AttendSession] = "出席人代会",
        [Suggestion] = "提出建议议案",
        [StationDuty] = "进站履职",
        [Inspection] = "视察",
        [Research] = "调研",
        [LawEnforcementCheck] = "执法检查",
        [Evaluation] = "参加票决测评",
        [Training] = "学习培训",
        [Inquiry] = "问政",
        [LegislativeConsultation] = "立法征询",
        [ContactConstituents] = "联系选民",
        [PublicService] = "公益服务",
    };

    public static bool IsValid(string? kind) => kind is not null && Labels.ContainsKey(kind);

    public static string Label(string kind) => Labels.TryGetValue(kind, out var label) ? label : kind;
}

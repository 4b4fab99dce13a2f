namespace RenminDaibiao.Notifications.Domain;

/// <summary>The kinds of message; users choose channels per kind.</summary>
public static class MessageKinds
{
    public const string DeputyRegistered = "deputy-registered";
    public const string SuggestionAssigned = "suggestion-assigned";
    public const string SuggestionAnswered = "suggestion-answered";
    public const string SuggestionUnsatisfied = "suggestion-unsatisfied";
    public const string SuggestionEscalated = "suggestion-escalated";
    public const string SuggestionSupervised = "suggestion-supervised";
    public const string SuggestionOverdueEscalated = "suggestion-overdue-escalated";
    public const string OpinionAnswered = "opinion-answered";
    public const string VoteOpened = "vote-opened";
    public const string DutyShiftTomorrow = "duty-shift-tomorrow";
    public const string DeadlineDueSoon = "deadline-due-soon";
    public const string DeadlineDueToday = "deadline-due-today";
    public const string DeadlineOverdue = "deadline-overdue";

    public static IReadOnlyList<string> All { get; } =
    [
        DeputyRegistered, SuggestionAssigned, SuggestionAnswered, SuggestionUnsatisfied, SuggestionEscalated,
        SuggestionSupervised, SuggestionOverdueEscalated,
        OpinionAnswered, VoteOpened, DutyShiftTomorrow, DeadlineDueSoon, DeadlineDueToday, DeadlineOverdue,
    ];

    public static bool IsValid(string? kind) => kind is not null && All.Contains(kind);
}

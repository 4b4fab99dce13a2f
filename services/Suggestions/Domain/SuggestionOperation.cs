namespace RenminDaibiao.Suggestions.Domain;

/// <summary>The operations that move a suggestion between states.</summary>
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
}

namespace RenminDaibiao.Suggestions.Domain;

public enum SuggestionKind
{
    /// <summary>建议</summary>
    Suggestion,

    /// <summary>议案</summary>
    Motion,
}

namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>A suggestion (建议) or motion (议案) was submitted; Deputies records the duty for the lead deputy and co-signers.</summary>
public sealed record SuggestionSubmitted(
    Guid SuggestionId,
    string Kind,
    string Title,
    string DivisionCode,
    Guid LeadDeputyId,
    IReadOnlyList<Guid> CoSignerDeputyIds) : IntegrationEvent;

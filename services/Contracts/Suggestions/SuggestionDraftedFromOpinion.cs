namespace RenminDaibiao.Contracts.Suggestions;

/// <summary>
/// Suggestions drafted a suggestion from a citizen opinion a deputy took up; Stations records the suggestion's id on
/// the opinion, so the two are linked both ways.
/// </summary>
public sealed record SuggestionDraftedFromOpinion(
    Guid OpinionId,
    Guid SuggestionId,
    string DivisionCode,
    Guid LeadDeputyId) : IntegrationEvent;

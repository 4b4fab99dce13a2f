using System.Linq.Expressions;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>One row of a list of suggestions.</summary>
public sealed record SuggestionSummary(
    Guid Id,
    SuggestionKind Kind,
    bool DuringSession,
    string Title,
    string? Category,
    SuggestionState State,
    string DivisionCode,
    int? Term,
    Guid LeadDeputyId,
    string LeadDeputyName,
    bool IsKey,
    string? LeadUnitCode,
    int Round,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    Guid? SourceOpinionId)
{
    private static readonly Expression<Func<Suggestion, bool, SuggestionSummary>> Template = (s, overdue) => new SuggestionSummary(
        s.Id, s.Kind, s.DuringSession, s.Title, s.Category, s.State, s.DivisionCode, s.Term, s.LeadDeputyId, s.LeadDeputyName,
        s.IsKey, s.LeadUnitCode, s.Round, s.CreatedAt, s.SubmittedAt, s.DueAt, overdue, s.SourceOpinionId);

    /// <summary>The row as a query computes it, with the domain's overdue rule at <paramref name="now"/>.</summary>
    public static Expression<Func<Suggestion, SuggestionSummary>> Projection(DateTimeOffset now) =>
        RuleExpressions.Inline(Template, Suggestion.Overdue(now));
}

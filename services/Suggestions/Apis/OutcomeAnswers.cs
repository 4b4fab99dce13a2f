using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>The shared problem mapping, plus the one refusal the shared <see cref="Outcome"/> cannot express yet (403, <see cref="NotPermitted"/>).</summary>
public static class OutcomeAnswers
{
    /// <summary>400 naming the fields, 403 or 409 for a refused outcome; null when it succeeded.</summary>
    public static ProblemHttpResult? ToRefusal(this Outcome outcome) =>
        outcome is NotPermitted { Conflict: { } detail } ? Problems.Forbidden(detail) : outcome.ToProblem();
}

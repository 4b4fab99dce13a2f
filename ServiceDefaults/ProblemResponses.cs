using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RenminDaibiao.ServiceDefaults;

/// <summary>
/// States in every operation of the OpenAPI document the problem answers its route can give, by one rule instead of
/// a <c>ProducesProblem</c> per route: 400 when it reads a body, query or route values, or returns a problem; 401 and
/// 403 when it requires authorization; 404 when it names a record in its path and returns a problem; 409 when it
/// changes something and returns a problem. A status a typed result already states is left as it is.
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemContentType = "application/problem+json";

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var returnsProblem = metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler && ReturnsProblem(handler.ReturnType);
        var requiresAuthorization = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var parameters = description.ParameterDescriptions;
        var readsInput = parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Query || p.Source == BindingSource.Path);
        var namesRecord = parameters.Any(p => p.Source == BindingSource.Path);
        var changes = !HttpMethods.IsGet(description.HttpMethod ?? HttpMethods.Get);

        var statuses = new List<(int Status, string Title)>();
        if (readsInput || returnsProblem)
        {
            statuses.Add((StatusCodes.Status400BadRequest, Problems.InvalidTitle));
        }

        if (requiresAuthorization)
        {
            statuses.Add((StatusCodes.Status401Unauthorized, Problems.UnauthorizedTitle));
            statuses.Add((StatusCodes.Status403Forbidden, Problems.ForbiddenTitle));
        }

        if (returnsProblem && namesRecord)
        {
            statuses.Add((StatusCodes.Status404NotFound, Problems.NotFoundTitle));
        }

        if (returnsProblem && changes)
        {
            statuses.Add((StatusCodes.Status409Conflict, Problems.ConflictTitle));
        }

        if (statuses.Count == 0)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken).ConfigureAwait(false);
        operation.Responses ??= [];
        foreach (var (status, title) in statuses)
        {
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
            {
                Description = title,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [ProblemContentType] = new() { Schema = schema } },
            });
        }
    }

    /// <summary>Whether a handler's declared answer (inside a task, alone or in a <c>Results&lt;…&gt;</c>) includes a problem.</summary>
    private static bool ReturnsProblem(Type returnType)
    {
        var answer = returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
        return answer == typeof(ProblemHttpResult) || (answer.IsGenericType && answer.GetGenericArguments().Contains(typeof(ProblemHttpResult)));
    }
}

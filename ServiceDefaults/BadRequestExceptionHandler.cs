using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RenminDaibiao.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Malformed JSON, a wrong type in a field, a missing body or an oversized body is the client's mistake: 400 (or
/// 413) with problem details naming the field, never a 500. "$" names the body as a whole.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string Body = "$";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var details = new ValidationProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = Problems.InvalidTitle,
            Detail = badRequest.Message,
        };
        details.Errors[FieldOf(badRequest)] = [badRequest.InnerException is JsonException json ? json.Message : badRequest.Message];

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    /// <summary>The JSON path of the unreadable value, the route or query parameter that did not bind, or the body.</summary>
    private static string FieldOf(BadHttpRequestException badRequest)
    {
        if (badRequest.InnerException is JsonException { Path: { } path })
        {
            return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        }

        // "Failed to bind parameter "int page" from "x"." / "Required parameter "Guid id" was not provided from route."
        return !badRequest.Message.Contains("body", StringComparison.OrdinalIgnoreCase) && ParameterName().Match(badRequest.Message) is { Success: true } match
            ? match.Groups["name"].Value
            : Body;
    }

    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}

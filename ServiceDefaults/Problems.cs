using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.ServiceDefaults;

/// <summary>
/// The one way every service answers a refusal: RFC 9457 problem details, one title per status, and a 400 that
/// names the fields. All are <see cref="ProblemHttpResult"/>, so a typed endpoint lists one type for all of them.
/// </summary>
public static class Problems
{
    public const string InvalidTitle = "请求参数有误。";
    public const string UnauthorizedTitle = "身份验证失败。";
    public const string ForbiddenTitle = "无权操作。";
    public const string NotFoundTitle = "未找到。";
    public const string OutsideDivisionDetail = "无权在该行政区划下操作。";
    public const string ConflictTitle = "当前状态不允许该操作。";
    public const string TooManyRequestsTitle = "请求过于频繁。";
    public const string UnavailableTitle = "服务暂不可用。";

    public static ProblemHttpResult Invalid(DomainErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return TypedResults.Problem(new ValidationProblemDetails(errors.ByField) { Status = StatusCodes.Status400BadRequest, Title = InvalidTitle });
    }

    public static ProblemHttpResult Invalid(string field, string message) => Invalid(DomainErrors.Of(field, message));

    /// <summary>401: the caller could not be told apart from anyone else (wrong credentials, an expired or revoked token).</summary>
    public static ProblemHttpResult Unauthorized(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: UnauthorizedTitle, detail: detail, extensions: extensions);

    public static ProblemHttpResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, ForbiddenTitle, detail);

    /// <summary>403 for a record or request in a division outside the caller's scope.</summary>
    public static ProblemHttpResult OutsideDivision() => Forbidden(OutsideDivisionDetail);

    public static ProblemHttpResult NotFound(string? detail = null) => Problem(StatusCodes.Status404NotFound, NotFoundTitle, detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, ConflictTitle, detail);

    public static ProblemHttpResult TooManyRequests(string detail) => Problem(StatusCodes.Status429TooManyRequests, TooManyRequestsTitle, detail);

    public static ProblemHttpResult Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, UnavailableTitle, detail);

    /// <summary>The answer for a refused outcome (400 naming the fields, 403 or 409); null when the outcome succeeded.</summary>
    public static ProblemHttpResult? ToProblem(this Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Errors is { } errors ? Invalid(errors)
            : outcome.Denial is { } denial ? Forbidden(denial)
            : outcome.Conflict is { } conflict ? Conflict(conflict)
            : null;
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}

using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>How domain outcomes and the caller turn into HTTP answers.</summary>
internal static class ApiResults
{
    public static IResult Invalid(DomainErrors errors) => TypedResults.ValidationProblem(errors.ByField);

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前状态不允许该操作。", detail: detail);

    /// <summary>The answer for a failed outcome; null when it succeeded.</summary>
    public static IResult? Failure(this Outcome outcome) =>
        outcome.Errors is { } errors ? Invalid(errors)
        : outcome.Conflict is { } conflict ? Conflict(conflict)
        : null;

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作。", detail: detail);

    public static IResult ForbiddenDivision() => Forbidden("无权在该行政区划下操作。");

    /// <summary>The answer when a public form's rate limit refuses the request; null when it may go through.</summary>
    public static IResult? Refusal(this PublicRateDecision decision) => decision switch
    {
        PublicRateDecision.OverLimit =>
            TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "提交过于频繁。", detail: "提交次数已达上限，请稍后再试。"),
        PublicRateDecision.Unavailable => Unavailable("公开表单暂停受理，请稍后再试，或到联络站当面反映。"),
        _ => null,
    };

    public static IResult Unavailable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "服务暂不可用。", detail: detail);

    public static Actor ToActor(this CurrentUser user)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "user";
        return new Actor(user.Id, user.Name, role);
    }

    public static bool IsStaff(this CurrentUser user) => user.IsInAnyRole(Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin);

    /// <summary>Pages of at most 200 items; 1-based.</summary>
    public static (int Skip, int Take) Page(int? page, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var number = Math.Max(page ?? 1, 1);
        return ((number - 1) * size, size);
    }
}

/// <summary>A page of a list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Enum values in query strings, written the way JSON writes them ("photo-report", "sent-to-unit").</summary>
internal static class QueryEnum
{
    /// <summary>False when <paramref name="value"/> is given but names no member; null result when not given.</summary>
    public static bool TryParse<TEnum>(string? value, out TEnum? result)
        where TEnum : struct, Enum
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var pascal = string.Concat(value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        if (!pascal.All(char.IsAsciiLetter) || !Enum.TryParse<TEnum>(pascal, ignoreCase: true, out var parsed))
        {
            return false;
        }

        result = parsed;
        return true;
    }
}

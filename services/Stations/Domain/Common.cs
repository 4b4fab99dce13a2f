using RenminDaibiao.Contracts;

namespace RenminDaibiao.Stations.Domain;

/// <summary>Field-level rule violations, keyed by the request field (camelCase) that broke the rule.</summary>
public sealed class DomainErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ByField => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}

/// <summary>What a domain operation came to: done, refused for bad input (400), or not allowed in the current state (409).</summary>
public sealed class Outcome
{
    private Outcome(DomainErrors? errors, string? conflict)
    {
        Errors = errors;
        Conflict = conflict;
    }

    public static Outcome Done { get; } = new(null, null);

    public DomainErrors? Errors { get; }

    public string? Conflict { get; }

    public bool Succeeded => Errors is null && Conflict is null;

    public static Outcome Invalid(DomainErrors errors) => new(errors, null);

    public static Outcome Invalid(string field, string message)
    {
        var errors = new DomainErrors();
        errors.Add(field, message);
        return new(errors, null);
    }

    public static Outcome Illegal(string detail) => new(null, detail);
}

/// <summary>Who did something, kept with every step: an account (staff, deputy, unit) or an anonymous citizen.</summary>
public sealed record Actor(Guid? Id, string Name, string Role)
{
    public static Actor Citizen { get; } = new(null, "群众", "citizen");

    public static Actor System { get; } = new(null, "系统", "system");
}

/// <summary>An entity that raises integration events; the context writes them to the outbox on save.</summary>
public interface IRaisesIntegrationEvents
{
    IReadOnlyCollection<IntegrationEvent> PendingEvents { get; }

    void ClearPendingEvents();
}

/// <summary>Base of entities that raise integration events.</summary>
public abstract class EventSource : IRaisesIntegrationEvents
{
    private readonly List<IntegrationEvent> _pendingEvents = [];

    public IReadOnlyCollection<IntegrationEvent> PendingEvents => _pendingEvents;

    public void ClearPendingEvents() => _pendingEvents.Clear();

    protected void Raise(IntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);
}

/// <summary>China Standard Time has no daylight saving: reception days and times are local to UTC+8.</summary>
public static class LocalTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}

/// <summary>Text rules shared by the aggregates.</summary>
internal static class Text
{
    /// <summary>Trims a required text and checks its length; null when it breaks a rule (the error is added).</summary>
    public static string? Required(string? value, string field, string label, int maxLength, DomainErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, $"{label}不能为空。");
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{label}不能超过 {maxLength} 个字符。");
            return null;
        }

        return trimmed;
    }

    /// <summary>Trims an optional text (empty becomes null) and checks its length.</summary>
    public static string? Optional(string? value, string field, string label, int maxLength, DomainErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{label}不能超过 {maxLength} 个字符。");
        }

        return trimmed;
    }
}

/// <summary>List rules shared by the aggregates.</summary>
internal static class Lists
{
    /// <summary>
    /// Adds an error on the list when it holds more than <paramref name="maxCount"/> entries, or on each null entry by
    /// its index (<c>field[i]</c>); returns whether the entries can be checked one by one.
    /// </summary>
    public static bool WithinLimits<T>(IReadOnlyList<T>? list, string field, string label, int maxCount, DomainErrors errors)
    {
        if (list is null)
        {
            return true;
        }

        if (list.Count > maxCount)
        {
            errors.Add(field, $"{label}最多 {maxCount} 项。");
            return false;
        }

        var usable = true;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"{field}[{i}]", $"{label}中的第 {i + 1} 项不能为空。");
                usable = false;
            }
        }

        return usable;
    }
}

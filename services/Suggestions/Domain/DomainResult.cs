namespace RenminDaibiao.Suggestions.Domain;

public enum DomainOutcome
{
    Ok,

    /// <summary>Input breaks a rule: 400 naming the fields.</summary>
    Invalid,

    /// <summary>The operation is not allowed in the current state: 409, nothing changed.</summary>
    Conflict,

    /// <summary>The caller may see the item but is not the one who may do this: 403.</summary>
    Forbidden,
}

/// <summary>The result of a domain operation: success, field errors, a state conflict or a missing right.</summary>
public sealed class DomainResult
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    private DomainResult(DomainOutcome outcome, string? message)
    {
        Outcome = outcome;
        Message = message;
    }

    public static DomainResult Ok { get; } = new(DomainOutcome.Ok, null);

    public DomainOutcome Outcome { get; private set; }

    public string? Message { get; }

    public bool Succeeded => Outcome == DomainOutcome.Ok;

    public IDictionary<string, string[]> Errors => _errors;

    public static DomainResult Conflict(string message) => new(DomainOutcome.Conflict, message);

    public static DomainResult Forbidden(string message) => new(DomainOutcome.Forbidden, message);

    public static DomainResult Invalid(string field, string message) => new DomainResult(DomainOutcome.Invalid, null).Add(field, message);

    /// <summary>Collects field errors; an empty collector is <see cref="Ok"/> via <see cref="OrOk"/>.</summary>
    public static DomainResult Collect() => new(DomainOutcome.Invalid, null);

    public DomainResult Add(string field, string message)
    {
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }

    public bool HasErrors => _errors.Count > 0;

    public DomainResult OrOk() => _errors.Count > 0 ? this : Ok;
}

/// <summary>Who performs an operation, as the domain needs to know it.</summary>
public sealed record Actor(Guid AccountId, string Name, Guid? DeputyId = null, string? UnitCode = null, bool IsCommitteeStaff = false)
{
    public static Actor System { get; } = new(Guid.Empty, "系统");
}

namespace RenminDaibiao.Primitives;

/// <summary>Field-level rule violations, keyed by the request field (camelCase JSON path) that broke the rule.</summary>
public sealed class DomainErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ByField => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public static DomainErrors Of(string field, string message)
    {
        var errors = new DomainErrors();
        errors.Add(field, message);
        return errors;
    }
}

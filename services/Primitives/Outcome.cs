namespace RenminDaibiao.Primitives;

/// <summary>
/// What a domain operation came to: done, refused for bad input (400, naming the fields), refused to this actor
/// (403), or not allowed in the current state (409). APIs turn it into an answer in one place (ServiceDefaults'
/// problem mapping).
/// </summary>
public class Outcome
{
    protected Outcome(DomainErrors? errors, string? denial, string? conflict)
    {
        Errors = errors;
        Denial = denial;
        Conflict = conflict;
    }

    public static Outcome Done { get; } = new(null, null, null);

    public DomainErrors? Errors { get; }

    /// <summary>Why this actor may not do what is otherwise legal in the record's current state.</summary>
    public string? Denial { get; }

    /// <summary>Why the operation is not allowed in the record's current state.</summary>
    public string? Conflict { get; }

    public bool Succeeded => Errors is null && Denial is null && Conflict is null;

    public static Outcome Invalid(DomainErrors errors) => new(errors, null, null);

    public static Outcome Invalid(string field, string message) => new(DomainErrors.Of(field, message), null, null);

    public static Outcome Forbidden(string detail) => new(null, detail, null);

    public static Outcome Illegal(string detail) => new(null, null, detail);

    /// <summary>Done when no error was collected, refused otherwise.</summary>
    public static Outcome From(DomainErrors errors) => errors is { Any: true } ? Invalid(errors) : Done;
}

/// <summary>An outcome that, when done, carries what the operation made (a new aggregate, a computed value).</summary>
public sealed class Outcome<T> : Outcome
    where T : class
{
    private Outcome(T? value, DomainErrors? errors, string? denial, string? conflict)
        : base(errors, denial, conflict) => Value = value;

    /// <summary>Set exactly when the operation succeeded.</summary>
    public T? Value { get; }

    public static Outcome<T> Made(T value) => new(value, null, null, null);

    public static new Outcome<T> Invalid(DomainErrors errors) => new(null, errors, null, null);

    public static new Outcome<T> Invalid(string field, string message) => new(null, DomainErrors.Of(field, message), null, null);

    public static new Outcome<T> Forbidden(string detail) => new(null, null, detail, null);

    public static new Outcome<T> Illegal(string detail) => new(null, null, null, detail);
}

using RenminDaibiao.Primitives;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// The operation is legal in the current state, but this actor is not the one who may do it (403). The shared
/// <see cref="Outcome"/> has no such case yet, so this refusal carries its reason as <see cref="Outcome.Conflict"/>
/// (never a success) and the API answers it with <c>Problems.Forbidden</c> before the generic mapping.
/// </summary>
public sealed class NotPermitted : Outcome
{
    private NotPermitted(string detail)
        : base(null, detail)
    {
    }

    public static Outcome Because(string detail) => new NotPermitted(detail);
}

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>A deputy listed as co-signer (附议/联名); counts only once confirmed.</summary>
public sealed class CoSigner(Guid deputyId)
{
    public Guid DeputyId { get; private set; } = deputyId;

    public DateTimeOffset? ConfirmedAt { get; internal set; }
}

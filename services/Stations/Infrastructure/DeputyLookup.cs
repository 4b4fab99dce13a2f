namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>What the Deputies service answered about a deputy a citizen addressed.</summary>
public sealed record DeputyLookup(ServingDeputy? Deputy, bool Unavailable)
{
    public static DeputyLookup NotServing { get; } = new(null, false);

    public static DeputyLookup NoAnswer { get; } = new(null, true);
}

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>Who performs an operation, as the domain needs to know it.</summary>
public sealed record Actor(Guid AccountId, string Name, Guid? DeputyId = null, string? UnitCode = null, bool IsCommitteeStaff = false)
{
    public static Actor System { get; } = new(Guid.Empty, "系统");
}

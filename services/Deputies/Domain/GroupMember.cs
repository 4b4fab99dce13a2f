namespace RenminDaibiao.Deputies.Domain;

/// <summary>A deputy's membership of a group.</summary>
public sealed class GroupMember
{
    public GroupMember(Guid deputyId, DateTimeOffset joinedAt)
    {
        DeputyId = deputyId;
        JoinedAt = joinedAt;
    }

    public Guid DeputyId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}

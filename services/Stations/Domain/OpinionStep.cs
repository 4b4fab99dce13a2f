using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>One step of an opinion's history: what happened, who did it and when.</summary>
public sealed class OpinionStep
{
    public OpinionStep(int sequence, OpinionStatus status, string? actorId, string actorName, string actorRole, DateTimeOffset at, string? note)
    {
        Sequence = sequence;
        Status = status;
        ActorId = actorId;
        ActorName = actorName;
        ActorRole = actorRole;
        At = at;
        Note = note;
    }

    public int Sequence { get; private set; }

    /// <summary>The state the opinion reached with this step.</summary>
    public OpinionStatus Status { get; private set; }

    public string? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string ActorRole { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}

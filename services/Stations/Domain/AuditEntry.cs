using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>A read of a citizen's personal data by staff: who, when, which record (个人信息保护法).</summary>
public sealed class AuditEntry : IDivisionScoped
{
    /// <summary>The actor's role, the action and the record type: short fixed words such as read-personal-data.</summary>
    public const int MaxTermLength = 50;

    private AuditEntry()
    {
        ActorName = "";
        ActorRole = "";
        RecordType = "";
        Action = "";
        DivisionCode = "";
    }

    public AuditEntry(Actor actor, string action, string recordType, Guid recordId, string divisionCode, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ActorId = actor.Id;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        DivisionCode = divisionCode;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string ActorRole { get; private set; }

    public string Action { get; private set; }

    public string RecordType { get; private set; }

    public Guid RecordId { get; private set; }

    public string DivisionCode { get; private set; }

    public DateTimeOffset At { get; private set; }
}

using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A delegation (代表团), deputy group (代表小组) or professional group (专业代表小组).</summary>
public sealed class DeputyGroup : IDivisionScoped
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;

    /// <summary>Members listed when a group is created; a city's whole congress fits.</summary>
    public const int MaxInitialMembers = 1000;

    private DeputyGroup()
    {
    }

    public Guid Id { get; private set; }

    public string DivisionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>delegation, deputy-group or professional-group.</summary>
    public string Kind { get; private set; } = "";

    public string? Description { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public List<GroupMember> Members { get; private set; } = [];

    public static (DeputyGroup? Group, DomainErrors Errors) Create(GroupInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (!DivisionCodes.IsValid(input.DivisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        var group = new DeputyGroup { Id = Guid.CreateVersion7(), DivisionCode = input.DivisionCode ?? "", CreatedAt = now };
        group.Apply(input, errors);
        return errors.Any ? (null, errors) : (group, errors);
    }

    public DomainErrors Update(GroupInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (input.DivisionCode is not null && input.DivisionCode != DivisionCode)
        {
            errors.Add("divisionCode", "代表组所属行政区划不能修改。");
        }

        Apply(input, errors);
        return errors;
    }

    /// <summary>Adds a deputy of this group's division (or one below it); adding a member twice changes nothing.</summary>
    public DomainErrors AddMember(Deputy deputy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        var errors = new DomainErrors();
        if (!DivisionCodes.IsWithin(deputy.DivisionCode, DivisionCode))
        {
            errors.Add("deputyId", "代表不属于该代表组所在的行政区划。");
        }
        else if (Members.All(member => member.DeputyId != deputy.Id))
        {
            Members.Add(new GroupMember(deputy.Id, now));
        }

        return errors;
    }

    public bool RemoveMember(Guid deputyId) => Members.RemoveAll(member => member.DeputyId == deputyId) > 0;

    private void Apply(GroupInput input, DomainErrors errors)
    {
        var name = Text.Required(errors, "name", input.Name, MaxNameLength, "名称");
        if (!GroupKinds.IsValid(input.Kind))
        {
            errors.Add("kind", "代表组类型应为 delegation、deputy-group 或 professional-group。");
        }

        var description = Text.Optional(errors, "description", input.Description, MaxDescriptionLength, "说明");
        if (errors.Any)
        {
            return;
        }

        Name = name!;
        Kind = input.Kind!;
        Description = description;
    }
}

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

public sealed record GroupInput(string? DivisionCode, string? Name, string? Kind, string? Description);

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

    private readonly List<GroupMember> _members = [];

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

    public IReadOnlyList<GroupMember> Members => _members;

    public static Outcome<DeputyGroup> Create(GroupInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        DivisionCodes.Require(input.DivisionCode, errors);

        var group = new DeputyGroup { Id = Guid.CreateVersion7(), DivisionCode = input.DivisionCode ?? "", CreatedAt = now };
        group.Apply(input, errors);
        return errors.Any ? Outcome<DeputyGroup>.Invalid(errors) : Outcome<DeputyGroup>.Made(group);
    }

    public Outcome Update(GroupInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (input.DivisionCode is not null && input.DivisionCode != DivisionCode)
        {
            errors.Add("divisionCode", "代表组所属行政区划不能修改。");
        }

        Apply(input, errors);
        return Outcome.From(errors);
    }

    /// <summary>
    /// Adds a deputy of this group's division (or one below it); adding a member twice changes nothing. Made holds
    /// the deputy's membership, new or not.
    /// </summary>
    public Outcome<GroupMember> AddMember(Deputy deputy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        if (!DivisionCodes.IsWithin(deputy.DivisionCode, DivisionCode))
        {
            return Outcome<GroupMember>.Invalid("deputyId", "代表不属于该代表组所在的行政区划。");
        }

        if (_members.FirstOrDefault(member => member.DeputyId == deputy.Id) is { } existing)
        {
            return Outcome<GroupMember>.Made(existing);
        }

        var membership = new GroupMember(deputy.Id, now);
        _members.Add(membership);
        return Outcome<GroupMember>.Made(membership);
    }

    public bool RemoveMember(Guid deputyId) => _members.RemoveAll(member => member.DeputyId == deputyId) > 0;

    private void Apply(GroupInput input, DomainErrors errors)
    {
        var name = Text.Required(input.Name, "name", "名称", MaxNameLength, errors);
        if (!GroupKinds.IsValid(input.Kind))
        {
            errors.Add("kind", "代表组类型应为 delegation、deputy-group 或 professional-group。");
        }

        var description = Text.Optional(input.Description, "description", "说明", MaxDescriptionLength, errors);
        if (errors.Any)
        {
            return;
        }

        Name = name!;
        Kind = input.Kind!;
        Description = description;
    }
}

using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>A liaison station (代表联络站), point (联络点) or service post (服务岗) in one division.</summary>
public sealed class Station : IDivisionScoped
{
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;
    public const int MaxOpeningHoursLength = 200;
    public const int MaxPhoneLength = 30;

    /// <summary>Deputies of all five levels mixed into one station; a busy township station has a few dozen.</summary>
    public const int MaxDeputies = 200;

    private readonly List<AssignedDeputy> _deputies = [];

    private Station()
    {
        Name = "";
        DivisionCode = "";
        Address = "";
        OpeningHours = "";
        SixHas = SixHas.None;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public StationTier Tier { get; private set; }

    public Guid? ParentId { get; private set; }

    public string DivisionCode { get; private set; }

    public string Address { get; private set; }

    public string OpeningHours { get; private set; }

    public string? Phone { get; private set; }

    public SixHas SixHas { get; private set; }

    public IReadOnlyList<AssignedDeputy> Deputies => _deputies;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The tier a child of this one has: a station holds points, a point holds posts, a post holds nothing.</summary>
    public static StationTier? ChildTierOf(StationTier tier) => tier switch
    {
        StationTier.Station => StationTier.Point,
        StationTier.Point => StationTier.Post,
        _ => null,
    };

    /// <summary>
    /// Creates a station, point or post; <paramref name="parent"/> is the one <see cref="StationDraft.ParentId"/> names
    /// (null if not found), <paramref name="known"/> the replica's deputies the draft names (<see cref="KnownDeputy"/>).
    /// </summary>
    public static Outcome<Station> Create(
        StationDraft draft, Station? parent, IReadOnlyDictionary<Guid, KnownDeputy> known, DateTimeOffset now, Guid? id = null)
    {
        var station = new Station { Id = id ?? Guid.CreateVersion7(), CreatedAt = now };
        var errors = station.Apply(draft, parent, known, isNew: true);
        return errors.Any ? Outcome<Station>.Invalid(errors) : Outcome<Station>.Made(station);
    }

    /// <summary>Changes the details; tier and parent stay as they were created.</summary>
    public Outcome Update(StationDraft draft, Station? parent, IReadOnlyDictionary<Guid, KnownDeputy> known) =>
        Outcome.From(Apply(draft with { Tier = Tier, ParentId = ParentId }, parent, known, isNew: false));

    /// <summary>The deputies a draft names, for looking them up in the replica before <see cref="Create"/> or <see cref="Update"/>.</summary>
    public static IReadOnlyList<Guid> DeputyIdsOf(StationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return [.. (draft.Deputies ?? []).Select(deputy => deputy?.DeputyId).OfType<Guid>().Distinct()];
    }

    private DomainErrors Apply(StationDraft draft, Station? parent, IReadOnlyDictionary<Guid, KnownDeputy> known, bool isNew)
    {
        var errors = new DomainErrors();
        var name = Text.Required(draft.Name, "name", "名称", MaxNameLength, errors);
        var address = Text.Required(draft.Address, "address", "地址", MaxAddressLength, errors);
        var hours = Text.Optional(draft.OpeningHours, "openingHours", "开放时间", MaxOpeningHoursLength, errors) ?? "";
        var phone = Text.Optional(draft.Phone, "phone", "联系电话", MaxPhoneLength, errors);
        DivisionCodes.Require(draft.DivisionCode, errors);

        if (draft.Tier is not { } tier)
        {
            errors.Add("tier", "请选择层级：站、点或岗。");
        }
        else if (isNew)
        {
            if (tier == StationTier.Station && draft.ParentId is not null)
            {
                errors.Add("parentId", "联络站是最高层级，不能有上级。");
            }
            else if (tier != StationTier.Station && draft.ParentId is null)
            {
                errors.Add("parentId", "联络点须属于一个联络站，服务岗须属于一个联络点。");
            }
            else if (tier != StationTier.Station && parent is null)
            {
                errors.Add("parentId", "上级站点不存在。");
            }
            else if (parent is not null && ChildTierOf(parent.Tier) != tier)
            {
                errors.Add("parentId", "层级不匹配：联络站下设联络点，联络点下设服务岗。");
            }
        }

        if (parent is not null && DivisionCodes.IsValid(draft.DivisionCode) && !DivisionCodes.IsWithin(draft.DivisionCode!, parent.DivisionCode))
        {
            errors.Add("divisionCode", "下级站点的行政区划须在上级站点的行政区划之内。");
        }

        var deputies = new List<AssignedDeputy>();
        var drafts = draft.Deputies ?? [];
        if (!Lists.WithinLimits(drafts, "deputies", "进站代表", MaxDeputies, errors))
        {
            drafts = [];
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var deputy = drafts[i];
            if (deputy.DeputyId is not { } id || id == Guid.Empty)
            {
                errors.Add($"deputies[{i}].deputyId", "代表编号不能为空。");
                continue;
            }

            // The name is Deputies' (the replica's), whatever the client wrote.
            if (!known.TryGetValue(id, out var replica) || !replica.IsServing)
            {
                errors.Add($"deputies[{i}].deputyId", "代表不存在或已不再履职。");
            }
            else if (deputies.Any(d => d.DeputyId == id))
            {
                errors.Add($"deputies[{i}].deputyId", "同一代表不能重复进站。");
            }
            else
            {
                deputies.Add(new AssignedDeputy(id, replica.Name, deputy.Level));
            }
        }

        if (errors.Any)
        {
            return errors;
        }

        Name = name!;
        Tier = draft.Tier!.Value;
        ParentId = draft.ParentId;
        DivisionCode = draft.DivisionCode!;
        Address = address!;
        OpeningHours = hours;
        Phone = phone;
        SixHas = draft.SixHas ?? SixHas.None;
        _deputies.Clear();
        _deputies.AddRange(deputies);
        return errors;
    }
}

using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>
/// A citizen's meeting with the deputy on duty in one slot of a shift. At most one active booking per slot:
/// the rule is checked here and guaranteed by a unique index, which decides concurrent requests.
/// </summary>
public sealed class Booking : IDivisionScoped
{
    public const int MaxTopicLength = 500;

    private Booking()
    {
        DivisionCode = "";
        StationName = "";
        CitizenName = "";
        CitizenPhone = "";
        Topic = "";
        Reference = "";
    }

    public Guid Id { get; private set; }

    /// <summary>A code the citizen can quote; unguessable like a tracking code.</summary>
    public string Reference { get; private set; }

    public Guid ShiftId { get; private set; }

    public Guid StationId { get; private set; }

    public string StationName { get; private set; }

    public string DivisionCode { get; private set; }

    public Guid DeputyId { get; private set; }

    public string? DeputyName { get; private set; }

    public DateTimeOffset SlotStartsAt { get; private set; }

    public DateTimeOffset SlotEndsAt { get; private set; }

    public string CitizenName { get; private set; }

    public string CitizenPhone { get; private set; }

    public Guid? CitizenAccountId { get; private set; }

    public string Topic { get; private set; }

    public BookingStatus Status { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>
    /// Books <paramref name="slotStartsAt"/> (the shift's first slot when null) of <paramref name="shift"/>.
    /// <paramref name="slotTaken"/> says whether an active booking for that slot is already known.
    /// </summary>
    public static Outcome<Booking> Book(
        DutyShift shift,
        DateTimeOffset? slotStartsAt,
        string? name,
        string? phone,
        string? topic,
        Guid? accountId,
        Func<DateTimeOffset, bool> slotTaken,
        DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanName = Text.Required(name, "name", "姓名", StationsLimits.MaxPersonNameLength, errors);
        var cleanPhone = Phones.Normalize(phone, "phone", errors);
        if (cleanPhone is null && !errors.ByField.ContainsKey("phone"))
        {
            errors.Add("phone", "请填写手机号码，以便代表联系您。");
        }

        var cleanTopic = Text.Required(topic, "topic", "约见事项", MaxTopicLength, errors);
        var start = slotStartsAt?.ToUniversalTime() ?? shift.StartsAt.ToUniversalTime();
        if (!shift.SlotStarts().Any(slot => slot == start))
        {
            errors.Add("slotStartsAt", "所选时段不在该班次的可预约时段内。");
        }

        if (errors.Any)
        {
            return Outcome<Booking>.Invalid(errors);
        }

        if (shift.Status != ShiftStatus.Assigned || shift.DeputyId is null)
        {
            return Outcome<Booking>.Illegal(shift.Status == ShiftStatus.Served ? "该班次已结束。" : "该班次尚无值班代表，暂不能预约。");
        }

        if (start <= now)
        {
            return Outcome<Booking>.Illegal("该时段已过，不能预约。");
        }

        if (slotTaken(start))
        {
            return Outcome<Booking>.Illegal("该时段已被预约，请选择其他时段。");
        }

        return Outcome<Booking>.Made(new Booking
        {
            Id = Guid.CreateVersion7(),
            Reference = TrackingCode.New(),
            ShiftId = shift.Id,
            StationId = shift.StationId,
            StationName = shift.StationName,
            DivisionCode = shift.DivisionCode,
            DeputyId = shift.DeputyId.Value,
            DeputyName = shift.DeputyName,
            SlotStartsAt = start,
            SlotEndsAt = start.AddMinutes(shift.SlotMinutes),
            CitizenName = cleanName!,
            CitizenPhone = cleanPhone!,
            CitizenAccountId = accountId,
            Topic = cleanTopic!,
            Status = BookingStatus.Booked,
            BookedAt = now,
        });
    }

    public Outcome Cancel(DateTimeOffset now)
    {
        if (Status == BookingStatus.Cancelled)
        {
            return Outcome.Illegal("该预约已取消。");
        }

        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        return Outcome.Done;
    }
}

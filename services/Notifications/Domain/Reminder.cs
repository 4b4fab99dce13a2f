using RenminDaibiao.Primitives;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// A persisted reminder: fires once at <see cref="FireAt"/> (or as soon as the service runs after that),
/// unless cancelled first because the item was done or its deadline moved.
/// </summary>
public sealed class Reminder
{
    public static readonly TimeSpan DueSoonLead = TimeSpan.FromDays(7);
    public static readonly TimeOnly DueTodayTime = new(8, 0);
    public static readonly TimeOnly DayBeforeTime = new(9, 0);
    public const string DutyShiftItemKind = "duty-shift";

    private Reminder(Guid sourceEventId, string stage, string itemKind, Guid itemId, string title, string divisionCode,
        string? unitCode, Guid? deputyId, DateTimeOffset dueAt, DateTimeOffset fireAt, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        SourceEventId = sourceEventId;
        Stage = stage;
        ItemKind = itemKind;
        ItemId = itemId;
        Title = Notification.Truncate(title, NotificationsLimits.MaxTitleLength);
        DivisionCode = divisionCode;
        UnitCode = unitCode;
        DeputyId = deputyId;
        DueAt = dueAt.ToUniversalTime();
        FireAt = fireAt.ToUniversalTime();
        CreatedAt = createdAt.ToUniversalTime();
        State = ReminderStates.Pending;
    }

    public Guid Id { get; private set; }

    public Guid SourceEventId { get; private set; }

    public string Stage { get; private set; }

    /// <summary>suggestion, opinion, follow-up-letter, rectification, or duty-shift.</summary>
    public string ItemKind { get; private set; }

    public Guid ItemId { get; private set; }

    /// <summary>The item's title; the station's name for a duty shift.</summary>
    public string Title { get; private set; }

    public string DivisionCode { get; private set; }

    public string? UnitCode { get; private set; }

    public Guid? DeputyId { get; private set; }

    /// <summary>The deadline, or the start of the duty shift.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset FireAt { get; private set; }

    public string State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FiredAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public void Cancel(DateTimeOffset now)
    {
        if (State == ReminderStates.Pending)
        {
            State = ReminderStates.Cancelled;
            CancelledAt = now.ToUniversalTime();
        }
    }

    /// <summary>
    /// The deadline stages: due soon (7 days before), due today (08:00 China time on the due date, not after the
    /// deadline itself) and overdue (at the deadline). A stage whose successor is already due is skipped, so an
    /// item that arrives late gets only the reminder that still makes sense.
    /// </summary>
    public static IReadOnlyList<Reminder> ForDeadline(
        Guid sourceEventId, string itemKind, Guid itemId, string title, string divisionCode, string? unitCode,
        DateTimeOffset dueAt, DateTimeOffset now)
    {
        var dueToday = ChinaTime.At(ChinaTime.DateOf(dueAt), DueTodayTime);
        if (dueToday > dueAt)
        {
            dueToday = dueAt;
        }

        (string Stage, DateTimeOffset FireAt)[] stages =
        [
            (ReminderStages.DueSoon, dueAt - DueSoonLead),
            (ReminderStages.DueToday, dueToday),
            (ReminderStages.Overdue, dueAt),
        ];
        var reminders = new List<Reminder>();
        for (var i = 0; i < stages.Length; i++)
        {
            if (i + 1 < stages.Length && stages[i + 1].FireAt <= now)
            {
                continue;
            }

            reminders.Add(new Reminder(sourceEventId, stages[i].Stage, itemKind, itemId, title, divisionCode, unitCode, null,
                dueAt, stages[i].FireAt, now));
        }

        return reminders;
    }

    /// <summary>
    /// The day-before reminder of a duty shift: 09:00 China time the day before, or at once when that has passed
    /// but the shift is still on a later day. A shift today or already past gets none.
    /// </summary>
    public static Reminder? ForDutyShift(
        Guid sourceEventId, Guid shiftId, Guid deputyId, string stationName, string divisionCode, DateTimeOffset startsAt, DateTimeOffset now)
    {
        var shiftDate = ChinaTime.DateOf(startsAt);
        if (shiftDate <= ChinaTime.DateOf(now))
        {
            return null;
        }

        var fireAt = ChinaTime.At(shiftDate.AddDays(-1), DayBeforeTime);
        return new Reminder(sourceEventId, ReminderStages.DayBefore, DutyShiftItemKind, shiftId, stationName, divisionCode, null, deputyId,
            startsAt, fireAt < now ? now : fireAt, now);
    }
}

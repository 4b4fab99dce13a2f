using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Reception days: weekly, monthly, single; shifts generated for a date range.</summary>
public sealed class RosterRecurrenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_Wednesday_falls_on_each_Wednesday_of_the_range()
    {
        var dates = Recurrence.EveryWeek(DayOfWeek.Wednesday).DatesBetween(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)).ToList();

        Assert.Equal([new(2026, 10, 7), new(2026, 10, 14), new(2026, 10, 21), new(2026, 10, 28)], dates);
    }

    [Fact]
    public void The_fifth_of_each_month_falls_once_a_month()
    {
        var dates = Recurrence.EveryMonth(5).DatesBetween(new DateOnly(2026, 10, 6), new DateOnly(2027, 1, 5)).ToList();

        Assert.Equal([new(2026, 11, 5), new(2026, 12, 5), new(2027, 1, 5)], dates);
    }

    [Fact]
    public void A_day_missing_from_a_month_is_skipped_that_month()
    {
        var dates = Recurrence.EveryMonth(31).DatesBetween(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)).ToList();

        Assert.Equal([new(2026, 10, 31), new(2026, 12, 31)], dates);
    }

    [Fact]
    public void A_single_event_falls_only_on_its_date()
    {
        var recurrence = Recurrence.Single(new DateOnly(2026, 10, 20));

        Assert.Equal([new(2026, 10, 20)], recurrence.DatesBetween(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        Assert.Empty(recurrence.DatesBetween(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Shifts_start_at_the_local_time_of_day_and_are_not_generated_twice()
    {
        var entry = Entry(RecurrenceKind.Weekly, DayOfWeek.Wednesday, null);

        var first = entry.GenerateShifts(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 14), new HashSet<DateOnly>()).Value!;
        var second = entry.GenerateShifts(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 21), first.Select(s => s.Date).ToHashSet()).Value!;

        Assert.Equal(2, first.Count);
        Assert.Equal(new DateTimeOffset(2026, 10, 7, 1, 0, 0, TimeSpan.Zero), first[0].StartsAt); // 09:00 in Beijing
        Assert.Equal(new DateOnly(2026, 10, 21), Assert.Single(second).Date);
        Assert.Equal(5, first[0].SlotStarts().Count()); // 09:00–11:30 in 30-minute slots
    }

    [Fact]
    public void A_range_ending_before_it_starts_or_over_a_year_is_bad_input()
    {
        var entry = Entry(RecurrenceKind.Monthly, null, 5);

        Assert.True(entry.GenerateShifts(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1), new HashSet<DateOnly>()).Errors!.ByField.ContainsKey("to"));
        Assert.True(entry.GenerateShifts(new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 1), new HashSet<DateOnly>()).Errors!.ByField.ContainsKey("to"));
    }

    [Fact]
    public void A_weekly_entry_without_a_weekday_names_the_field()
    {
        var created = RosterEntry.Create(
            Station(), ReceptionKind.Regular, "接待日", null, null, false, null, RecurrenceKind.Weekly, null, null, null, "09:00", "08:00", 30, Now);

        Assert.Null(created.Value);
        var errors = created.Errors!;
        Assert.True(errors.ByField.ContainsKey("recurrence.weekday"));
        Assert.True(errors.ByField.ContainsKey("endTime"));
    }

    [Fact]
    public void A_served_shift_cannot_be_signed_up_for_or_served_again()
    {
        var station = Station();
        var entry = Entry(station, RecurrenceKind.Weekly, DayOfWeek.Wednesday, null);
        var shift = entry.GenerateShifts(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), new HashSet<DateOnly>()).Value![0];
        var wang = Known("王志强", station.Id);
        var li = Known("李秀英", station.Id);

        Assert.NotNull(shift.MarkServed(Actor.System, shift.StartsAt).Conflict);
        Assert.True(shift.SignUp(wang, station, Now).Succeeded);
        Assert.NotNull(shift.SignUp(li, station, Now).Conflict);
        Assert.NotNull(shift.MarkServed(Actor.System, shift.StartsAt.AddHours(-1)).Conflict);
        Assert.True(shift.MarkServed(Actor.System, shift.StartsAt.AddHours(1)).Succeeded);
        Assert.NotNull(shift.MarkServed(Actor.System, shift.StartsAt.AddHours(2)).Conflict);
        Assert.NotNull(shift.Assign(wang.Id, wang, Actor.System, Now).Conflict);
    }

    [Fact]
    public void A_deputy_signs_up_only_at_their_own_station_while_serving_and_staff_assign_any_serving_deputy()
    {
        var station = Station();
        var shift = Entry(station, RecurrenceKind.Weekly, DayOfWeek.Wednesday, null)
            .GenerateShifts(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), new HashSet<DateOnly>()).Value![0];
        var elsewhere = Known("赵敏", Guid.NewGuid());
        var resigned = Known("孙立", station.Id, "resigned");

        Assert.NotNull(shift.SignUp(elsewhere, station, Now).Denial);
        Assert.NotNull(shift.SignUp(resigned, station, Now).Denial);
        Assert.NotNull(shift.SignUp(null, station, Now).Denial);
        Assert.True(shift.Assign(resigned.Id, resigned, Actor.System, Now).Errors!.ByField.ContainsKey("deputyId"));
        Assert.True(shift.Assign(Guid.NewGuid(), null, Actor.System, Now).Errors!.ByField.ContainsKey("deputyId"));
        Assert.True(shift.Assign(elsewhere.Id, elsewhere, Actor.System, Now).Succeeded);
        Assert.Equal("赵敏", shift.DeputyName);
    }

    private static KnownDeputy Known(string name, Guid stationId, string status = KnownSeat.Serving)
    {
        var deputy = new KnownDeputy(Guid.NewGuid(), name, "411302001", stationId);
        deputy.FollowSeat(Guid.NewGuid(), name, "411302001", status);
        return deputy;
    }

    private static Station Station() =>
        Domain.Station.Create(
            new StationDraft("新华街道人大代表联络站", StationTier.Station, null, "411302001", "光武路 18 号", null, null, null, null),
            null, new Dictionary<Guid, KnownDeputy>(), Now).Value!;

    private static RosterEntry Entry(RecurrenceKind kind, DayOfWeek? weekday, int? day) => Entry(Station(), kind, weekday, day);

    private static RosterEntry Entry(Station station, RecurrenceKind kind, DayOfWeek? weekday, int? day)
    {
        var created = RosterEntry.Create(station, ReceptionKind.Regular, "周三进站日", null, null, false, null, kind, weekday, day, null, "09:00", "11:30", 30, Now);
        Assert.True(created.Succeeded);
        return created.Value!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Citizens book a meeting with the deputy on duty; one slot, one booking, even under concurrency.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BookingTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task Fifty_concurrent_bookings_of_one_slot_give_exactly_one_201_and_49_409()
    {
        var shift = await AssignedShiftAsync();
        var slot = shift.GetProperty("startsAt").GetDateTimeOffset();
        var clients = Enumerable.Range(0, 50)
            .Select(_ => _service.CreateClient(TestTokens.Subject(Roles.Citizen, StationsFactory.Township)))
            .ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostAsJsonAsync("/api/stations/bookings", new
        {
            shiftId = shift.GetProperty("id").GetGuid(),
            slotStartsAt = slot,
            name = $"群众{i}",
            phone = StationsFactory.RandomPhone(),
            topic = "反映小区停车难问题",
        })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(49, statuses.Count(s => s == HttpStatusCode.Conflict));
        var stored = await _service.WithDbAsync(db => Task.FromResult(db.Bookings.Count(b => b.ShiftId == shift.GetProperty("id").GetGuid())));
        Assert.Equal(1, stored);
        foreach (var item in responses.Cast<IDisposable>().Concat(clients))
        {
            item.Dispose();
        }
    }

    [Fact]
    public async Task A_booked_slot_is_free_again_after_cancelling_and_staff_see_the_phone_masked()
    {
        var shift = await AssignedShiftAsync();
        var shiftId = shift.GetProperty("id").GetGuid();
        var slot = shift.GetProperty("startsAt").GetDateTimeOffset().AddMinutes(30);
        using var citizen = _service.CreateClient(TestTokens.Subject(Roles.Citizen, StationsFactory.Township));
        using var staff = _service.Staff();
        using var anonymous = _service.Anonymous();

        var booking = await citizen.PostAsJsonAsync("/api/stations/bookings", Form(shiftId, slot, "13900001111")).ExpectAsync(HttpStatusCode.Created);
        await anonymous.PostAsJsonAsync("/api/stations/public/bookings", Form(shiftId, slot, StationsFactory.RandomPhone())).ExpectAsync(HttpStatusCode.Conflict);

        var list = await staff.GetStringAsync($"/api/stations/bookings?shiftId={shiftId}");
        Assert.Contains("139****1111", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13900001111", list, StringComparison.Ordinal);

        await citizen.PostAsync($"/api/stations/bookings/{booking.GetProperty("id").GetGuid()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        await anonymous.PostAsJsonAsync("/api/stations/public/bookings", Form(shiftId, slot, StationsFactory.RandomPhone())).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_slot_outside_the_shift_or_an_open_shift_cannot_be_booked()
    {
        var shift = await AssignedShiftAsync();
        using var citizen = _service.CreateClient(TestTokens.Subject(Roles.Citizen, StationsFactory.Township));

        await citizen.PostAsJsonAsync("/api/stations/bookings", Form(shift.GetProperty("id").GetGuid(), shift.GetProperty("startsAt").GetDateTimeOffset().AddMinutes(7), StationsFactory.RandomPhone()))
            .ExpectInvalidAsync("slotStartsAt");
        await citizen.PostAsJsonAsync("/api/stations/bookings", Form(Guid.NewGuid(), null, StationsFactory.RandomPhone())).ExpectInvalidAsync("shiftId");
        await citizen.PostAsJsonAsync("/api/stations/bookings", Form(shift.GetProperty("id").GetGuid(), null, "")).ExpectInvalidAsync("phone");

        var open = await AssignedShiftAsync(assign: false);
        await citizen.PostAsJsonAsync("/api/stations/bookings", Form(open.GetProperty("id").GetGuid(), null, StationsFactory.RandomPhone())).ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Over_long_names_and_topics_are_400_naming_the_field_and_nothing_is_booked()
    {
        var shift = await AssignedShiftAsync();
        var shiftId = shift.GetProperty("id").GetGuid();
        using var citizen = _service.CreateClient(TestTokens.Subject(Roles.Citizen, StationsFactory.Township));
        using var anonymous = _service.Anonymous();

        await citizen.PostAsJsonAsync("/api/stations/bookings", new { shiftId, name = Api.TooLong(StationsLimits.MaxPersonNameLength), phone = StationsFactory.RandomPhone(), topic = "停车难" })
            .ExpectInvalidAsync("name");
        await citizen.PostAsJsonAsync("/api/stations/bookings", new { shiftId, name = "陈女士", phone = StationsFactory.RandomPhone(), topic = Api.TooLong(Booking.MaxTopicLength) })
            .ExpectInvalidAsync("topic");
        await anonymous.PostAsJsonAsync("/api/stations/public/bookings", new { shiftId, name = "陈女士", phone = new string('1', 100_000), topic = "停车难" })
            .ExpectInvalidAsync("phone");

        Assert.Equal(0, await _service.WithDbAsync(db => db.Bookings.IgnoreQueryFilters().CountAsync(b => b.ShiftId == shiftId)));
    }

    private static object Form(Guid shiftId, DateTimeOffset? slot, string phone) =>
        new { shiftId, slotStartsAt = slot, name = "陈女士", phone, topic = "反映小区停车难问题" };

    /// <summary>A fresh station with a single reception next week, generated and (optionally) assigned to the township deputy.</summary>
    private async Task<JsonElement> AssignedShiftAsync(bool assign = true)
    {
        using var staff = _service.Staff();
        var stationId = await Api.CreateStationAsync(staff, StationsFactory.Township);
        var date = DateOnly.FromDateTime(_service.Clock.GetUtcNow().UtcDateTime).AddDays(7);
        var entry = await staff.PostAsJsonAsync("/api/stations/roster", new
        {
            stationId, kind = "regular", title = "代表接待日", recurrence = new { type = "once", date }, startTime = "09:00", endTime = "11:30",
        }).ExpectAsync(HttpStatusCode.Created);
        var shifts = await staff.PostAsJsonAsync($"/api/stations/roster/{entry.GetProperty("id").GetGuid()}/shifts", new { from = date, to = date })
            .ExpectAsync(HttpStatusCode.OK);
        var shift = Assert.Single(shifts.EnumerateArray());
        return assign
            ? await staff.PostAsJsonAsync($"/api/stations/roster/shifts/{shift.GetProperty("id").GetGuid()}/assign", new { deputyId = StationsFactory.TownDeputy })
                .ExpectAsync(HttpStatusCode.OK)
            : shift;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

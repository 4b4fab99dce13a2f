using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Stations in three tiers and the duty roster through the API.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class StationsAndRosterTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task A_station_holds_points_and_a_point_holds_posts_with_their_checklist_and_deputies()
    {
        using var staff = _service.Staff();
        var station = await Api.CreateStationAsync(staff, StationsFactory.Township);
        var point = await Api.CreateStationAsync(staff, StationsFactory.Township, "point", station);
        var post = await Api.CreateStationAsync(staff, StationsFactory.Township, "post", point);

        await staff.PostAsJsonAsync("/api/stations/stations", Api.NewStation(StationsFactory.Township, "post", station)).ExpectInvalidAsync("parentId");
        await staff.PostAsJsonAsync("/api/stations/stations", Api.NewStation(StationsFactory.Township, "point")).ExpectInvalidAsync("parentId");
        await staff.PostAsJsonAsync("/api/stations/stations", Api.NewStation(StationsFactory.Township, "point", post)).ExpectInvalidAsync("parentId");
        await staff.PostAsJsonAsync("/api/stations/stations", new { tier = "station", divisionCode = StationsFactory.Township, address = "x" }).ExpectInvalidAsync("name");

        var points = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/stations?parentId={station}");
        var listed = Assert.Single(points.GetProperty("items").EnumerateArray());
        Assert.Equal(point, listed.GetProperty("id").GetGuid());
        Assert.Equal("point", listed.GetProperty("tier").GetString());
        Assert.False(listed.GetProperty("sixHasComplete").GetBoolean());
        Assert.Equal("王志强", listed.GetProperty("deputies")[0].GetProperty("name").GetString());
        await staff.DeleteAsync($"/api/stations/stations/{station}").ExpectAsync(HttpStatusCode.Conflict);
        await staff.DeleteAsync($"/api/stations/stations/{post}").ExpectAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Stations_of_a_sibling_or_parent_are_404_and_creating_one_there_is_403()
    {
        using var countyStaff = _service.Staff(StationsFactory.County);
        using var townStaff = _service.Staff();
        using var siblingStaff = _service.Staff(StationsFactory.SiblingTownship);
        var countyStation = await Api.CreateStationAsync(countyStaff, StationsFactory.County);
        var townStation = await Api.CreateStationAsync(townStaff, StationsFactory.Township);

        await countyStaff.GetAsync($"/api/stations/stations/{townStation}").ExpectAsync(HttpStatusCode.OK);
        await siblingStaff.GetAsync($"/api/stations/stations/{townStation}").ExpectAsync(HttpStatusCode.NotFound);
        await townStaff.GetAsync($"/api/stations/stations/{countyStation}").ExpectAsync(HttpStatusCode.NotFound);
        await siblingStaff.PutAsJsonAsync($"/api/stations/stations/{townStation}", Api.NewStation(StationsFactory.Township)).ExpectAsync(HttpStatusCode.NotFound);
        await townStaff.PostAsJsonAsync("/api/stations/stations", Api.NewStation(StationsFactory.SiblingTownship)).ExpectAsync(HttpStatusCode.Forbidden);
        await townStaff.PostAsJsonAsync("/api/stations/stations", Api.NewStation(StationsFactory.County)).ExpectAsync(HttpStatusCode.Forbidden);
        await townStaff.PostAsJsonAsync("/api/stations/roster", new { stationId = countyStation, kind = "regular", title = "x" }).ExpectInvalidAsync("stationId");
    }

    [Fact]
    public async Task Every_Wednesday_generates_shifts_a_deputy_signs_up_and_staff_mark_served()
    {
        using var staff = _service.Staff();
        using var deputy = _service.Deputy(StationsFactory.TownDeputy);
        using var otherDeputy = _service.Deputy(StationsFactory.SiblingDeputy, StationsFactory.SiblingTownship);
        var station = await Api.CreateStationAsync(staff, StationsFactory.Township);
        var entry = await staff.PostAsJsonAsync("/api/stations/roster", new
        {
            stationId = station, kind = "regular", title = "周三进站日", recurrence = new { type = "weekly", weekday = "wednesday" },
            startTime = "09:00", endTime = "11:30",
        }).ExpectAsync(HttpStatusCode.Created);
        var entryId = entry.GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(_service.Clock.GetUtcNow().UtcDateTime).AddDays(1);

        var shifts = await staff.PostAsJsonAsync($"/api/stations/roster/{entryId}/shifts", new { from = today, to = today.AddDays(27) }).ExpectAsync(HttpStatusCode.OK);
        var again = await staff.PostAsJsonAsync($"/api/stations/roster/{entryId}/shifts", new { from = today, to = today.AddDays(27) }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/roster/{entryId}/shifts", new { from = today, to = today.AddDays(-1) }).ExpectInvalidAsync("to");

        Assert.Equal(4, shifts.GetArrayLength());
        Assert.Equal(0, again.GetArrayLength());
        Assert.All(shifts.EnumerateArray(), s => Assert.Equal(DayOfWeek.Wednesday, s.GetProperty("date").GetDateTime().DayOfWeek));
        var shiftId = shifts[0].GetProperty("id").GetGuid();
        var startsAt = shifts[0].GetProperty("startsAt").GetDateTimeOffset();
        Assert.Equal(1, startsAt.UtcDateTime.Hour); // 09:00 Beijing time

        await deputy.PostAsync($"/api/stations/roster/shifts/{shiftId}/signup", null).ExpectAsync(HttpStatusCode.OK);
        await deputy.PostAsync($"/api/stations/roster/shifts/{shiftId}/signup", null).ExpectAsync(HttpStatusCode.Conflict);
        await staff.PostAsync($"/api/stations/roster/shifts/{shiftId}/served", null).ExpectAsync(HttpStatusCode.Conflict);

        _service.Clock.SetUtcNow(startsAt.AddHours(1));
        var served = await staff.PostAsync($"/api/stations/roster/shifts/{shiftId}/served", null).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsync($"/api/stations/roster/shifts/{shiftId}/served", null).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Equal("served", served.GetProperty("status").GetString());
        var assigned = Assert.Single(await _service.OutboxAsync("DutyShiftAssigned"), e => e.GetProperty("shiftId").GetGuid() == shiftId);
        Assert.Equal(StationsFactory.TownDeputy, assigned.GetProperty("deputyId").GetGuid());
        var servedEvent = Assert.Single(await _service.OutboxAsync("DutyShiftServed"), e => e.GetProperty("shiftId").GetGuid() == shiftId);
        Assert.Equal((StationsFactory.TownDeputy, station), (servedEvent.GetProperty("deputyId").GetGuid(), servedEvent.GetProperty("stationId").GetGuid()));

        var mine = await deputy.GetFromJsonAsync<JsonElement>("/api/stations/roster/shifts?mine=true");
        Assert.Equal(shiftId, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Themed_and_official_visits_need_their_theme_or_official_and_a_monthly_day_is_checked()
    {
        using var staff = _service.Staff();
        var station = await Api.CreateStationAsync(staff, StationsFactory.Township);

        await staff.PostAsJsonAsync("/api/stations/roster", new { stationId = station, kind = "themed", title = "主题接待", recurrence = new { type = "once", date = "2027-01-10" }, startTime = "09:00", endTime = "10:00" })
            .ExpectInvalidAsync("theme");
        await staff.PostAsJsonAsync("/api/stations/roster", new { stationId = station, kind = "official-visit", title = "局长进站", recurrence = new { type = "once", date = "2027-01-10" }, startTime = "09:00", endTime = "10:00" })
            .ExpectInvalidAsync("officialName");
        await staff.PostAsJsonAsync("/api/stations/roster", new { stationId = station, kind = "regular", title = "每月接待", recurrence = new { type = "monthly", dayOfMonth = 32 }, startTime = "09:00", endTime = "10:00" })
            .ExpectInvalidAsync("recurrence.dayOfMonth");
        var fifth = await staff.PostAsJsonAsync("/api/stations/roster", new { stationId = station, kind = "official-visit", title = "局长进站", officialName = "交通运输局局长", recurrence = new { type = "monthly", dayOfMonth = 5 }, startTime = "9:00", endTime = "10:00" })
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("每月 5 日", fifth.GetProperty("recurrenceText").GetString());
    }

    [Fact]
    public async Task Over_long_fields_huge_deputy_lists_and_null_deputies_are_400_naming_the_field_and_nothing_is_stored()
    {
        using var staff = _service.Staff();
        var existing = await Api.CreateStationAsync(staff, StationsFactory.Township);
        var stationsBefore = await _service.WithDbAsync(db => db.Stations.IgnoreQueryFilters().CountAsync());
        Dictionary<string, object?> Station(string field, object? value)
        {
            var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Api.NewStation(StationsFactory.Township)))!;
            body[field] = value;
            return body;
        }

        var deputy = new { deputyId = StationsFactory.TownDeputy, level = "township" };
        var cases = new (string Field, object? Value, string Named)[]
        {
            ("name", Api.TooLong(Domain.Station.MaxNameLength), "name"),
            ("address", Api.TooLong(Domain.Station.MaxAddressLength), "address"),
            ("openingHours", Api.TooLong(Domain.Station.MaxOpeningHoursLength), "openingHours"),
            ("phone", Api.TooLong(Domain.Station.MaxPhoneLength), "phone"),
            ("divisionCode", new string('4', 100_000), "divisionCode"),
            ("deputies", Enumerable.Range(0, 5000).Select(_ => new { deputyId = Guid.NewGuid() }).ToArray(), "deputies"),
            ("deputies", new[] { deputy, null }, "deputies[1]"),
            ("deputies", new[] { deputy with { deputyId = Guid.NewGuid() } }, "deputies[0].deputyId"),
            ("deputies", new[] { deputy with { deputyId = StationsFactory.ResignedDeputy } }, "deputies[0].deputyId"),
        };
        foreach (var (field, value, named) in cases)
        {
            await staff.PostAsJsonAsync("/api/stations/stations", Station(field, value)).ExpectInvalidAsync(named);
            await staff.PutAsJsonAsync($"/api/stations/stations/{existing}", Station(field, value)).ExpectInvalidAsync(named);
        }

        Assert.Equal(stationsBefore, await _service.WithDbAsync(db => db.Stations.IgnoreQueryFilters().CountAsync()));
        var unchanged = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/stations/{existing}");
        Assert.Equal("王志强", Assert.Single(unchanged.GetProperty("deputies").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Over_long_roster_fields_and_unknown_deputies_are_400_naming_the_field_and_nothing_is_stored()
    {
        using var staff = _service.Staff();
        var station = await Api.CreateStationAsync(staff, StationsFactory.Township);
        Dictionary<string, object?> Entry(string field, object? value)
        {
            var body = new Dictionary<string, object?>
            {
                ["stationId"] = station, ["kind"] = "official-visit", ["title"] = "局长进站", ["theme"] = "农村公路", ["officialName"] = "交通运输局局长",
                ["mobile"] = true, ["place"] = "村委会广场", ["recurrence"] = new { type = "once", date = "2027-01-10" }, ["startTime"] = "09:00", ["endTime"] = "10:00",
            };
            body[field] = value;
            return body;
        }

        await staff.PostAsJsonAsync("/api/stations/roster", Entry("title", Api.TooLong(RosterEntry.MaxTitleLength))).ExpectInvalidAsync("title");
        await staff.PostAsJsonAsync("/api/stations/roster", Entry("theme", Api.TooLong(RosterEntry.MaxTitleLength))).ExpectInvalidAsync("theme");
        await staff.PostAsJsonAsync("/api/stations/roster", Entry("officialName", Api.TooLong(RosterEntry.MaxOfficialNameLength))).ExpectInvalidAsync("officialName");
        await staff.PostAsJsonAsync("/api/stations/roster", Entry("place", Api.TooLong(RosterEntry.MaxPlaceLength))).ExpectInvalidAsync("place");
        await staff.PostAsJsonAsync("/api/stations/roster", Entry("startTime", new string('9', 100_000))).ExpectInvalidAsync("startTime");
        Assert.Equal(0, await _service.WithDbAsync(db => db.RosterEntries.CountAsync(entry => entry.StationId == station)));

        var entry = await staff.PostAsJsonAsync("/api/stations/roster", Entry("kind", "official-visit")).ExpectAsync(HttpStatusCode.Created);
        var shifts = await staff.PostAsJsonAsync($"/api/stations/roster/{entry.GetProperty("id").GetGuid()}/shifts", new { from = "2027-01-10", to = "2027-01-10" })
            .ExpectAsync(HttpStatusCode.OK);
        var shift = Assert.Single(shifts.EnumerateArray()).GetProperty("id").GetGuid();
        await staff.PostAsJsonAsync($"/api/stations/roster/shifts/{shift}/assign", new { deputyId = Guid.NewGuid() }).ExpectInvalidAsync("deputyId");
        await staff.PostAsJsonAsync($"/api/stations/roster/shifts/{shift}/assign", new { deputyId = StationsFactory.ResignedDeputy }).ExpectInvalidAsync("deputyId");
        var open = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/roster/shifts/{shift}");
        Assert.Equal("open", open.GetProperty("status").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

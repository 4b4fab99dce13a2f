using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using RenminDaibiao.Contracts;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Stations knows the deputies from Deputies' events: assignments, sign-ups and addressed opinions are checked against them.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeputyReplicaTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    private static object Station(params Guid[] deputies) => new
    {
        name = $"测试联络站{Guid.NewGuid():N}"[..12],
        tier = "station",
        divisionCode = StationsFactory.Township,
        address = "南阳市宛城区光武路 1 号",
        deputies = deputies.Select(id => new { deputyId = id, level = "township" }).ToArray(),
    };

    private async Task<Guid> OpenShiftAsync(HttpClient staff, Guid station)
    {
        var entry = await staff.PostAsJsonAsync("/api/stations/roster", new
        {
            stationId = station, kind = "regular", title = "周三进站日", recurrence = new { type = "weekly", weekday = "wednesday" },
            startTime = "09:00", endTime = "11:30",
        }).ExpectAsync(HttpStatusCode.Created);
        var from = DateOnly.FromDateTime(_service.Clock.GetUtcNow().UtcDateTime).AddDays(1);
        var shifts = await staff.PostAsJsonAsync($"/api/stations/roster/{entry.GetProperty("id").GetGuid()}/shifts", new { from, to = from.AddDays(6) })
            .ExpectAsync(HttpStatusCode.OK);
        return Assert.Single(shifts.EnumerateArray()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_deputy_signs_up_only_for_shifts_of_their_own_station_unless_staff_assign_them()
    {
        using var staff = _service.Staff();
        var station = (await staff.PostAsJsonAsync("/api/stations/stations", Station(StationsFactory.TownDeputy)).ExpectAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var first = await OpenShiftAsync(staff, station);
        using var sibling = _service.Deputy(StationsFactory.SiblingDeputy);
        using var stranger = _service.Deputy(Guid.CreateVersion7());
        using var resigned = _service.Deputy(StationsFactory.ResignedDeputy);
        using var own = _service.Deputy(StationsFactory.TownDeputy);

        await sibling.PostAsync($"/api/stations/roster/shifts/{first}/signup", null).ExpectAsync(HttpStatusCode.Forbidden);
        await stranger.PostAsync($"/api/stations/roster/shifts/{first}/signup", null).ExpectAsync(HttpStatusCode.Forbidden);
        await resigned.PostAsync($"/api/stations/roster/shifts/{first}/signup", null).ExpectAsync(HttpStatusCode.Forbidden);
        var assigned = await staff.PostAsJsonAsync($"/api/stations/roster/shifts/{first}/assign", new { deputyId = StationsFactory.SiblingDeputy, deputyName = "别的名字" })
            .ExpectAsync(HttpStatusCode.OK);
        await own.PostAsync($"/api/stations/roster/shifts/{first}/signup", null).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Equal((StationsFactory.SiblingDeputy, "赵敏"), (assigned.GetProperty("deputyId").GetGuid(), assigned.GetProperty("deputyName").GetString()));
        var created = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/stations/{station}");
        Assert.Equal("王志强", Assert.Single(created.GetProperty("deputies").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_replica_follows_Deputies_events_and_a_deputy_who_resigns_can_no_longer_be_assigned_or_addressed()
    {
        using var staff = _service.Staff();
        using var anonymous = _service.Anonymous();
        var deputyId = Guid.CreateVersion7();
        var congressId = Guid.CreateVersion7();
        await staff.PostAsJsonAsync("/api/stations/stations", Station(deputyId)).ExpectInvalidAsync("deputies[0].deputyId");
        await staff.PostAsJsonAsync("/api/stations/opinions", Opinion(deputyId)).ExpectInvalidAsync("deputyId");

        await PublishAsync(new DeputyDetailsChanged(deputyId, "周新", StationsFactory.Township, StationsFactory.StationOf(StationsFactory.Township)));
        await PublishAsync(new DeputySeatChanged(deputyId, "周新", congressId, StationsFactory.Township, "serving"));
        var station = Guid.Empty;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await staff.PostAsJsonAsync("/api/stations/stations", Station(deputyId));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                station = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
            }

            return station != Guid.Empty;
        }, "the deputy is known once Deputies announced them");
        var opinion = await staff.PostAsJsonAsync("/api/stations/opinions", Opinion(deputyId)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("周新", opinion.GetProperty("deputyName").GetString());
        var shift = await OpenShiftAsync(staff, station);

        await PublishAsync(new DeputySeatChanged(deputyId, "周新", congressId, StationsFactory.Township, "resigned"));
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await staff.PostAsJsonAsync($"/api/stations/roster/shifts/{shift}/assign", new { deputyId });
            return response.StatusCode == HttpStatusCode.BadRequest;
        }, "a deputy who resigned is no longer assigned");
        await anonymous.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId, content = "路灯不亮。" }).ExpectInvalidAsync("deputyId");
    }

    [Fact]
    public async Task Staff_read_a_deputy_as_Stations_knows_them_only_within_their_divisions()
    {
        using var township = _service.Staff();
        using var sibling = _service.Staff(StationsFactory.SiblingTownship);
        using var county = _service.Staff(StationsFactory.County);
        using var deputy = _service.Deputy(StationsFactory.TownDeputy);

        var known = await township.GetAsync($"/api/stations/deputies/{StationsFactory.TownDeputy}").ExpectAsync(HttpStatusCode.OK);
        var resigned = await county.GetAsync($"/api/stations/deputies/{StationsFactory.ResignedDeputy}").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("王志强", StationsFactory.Township, true), (known.GetProperty("name").GetString(), known.GetProperty("divisionCode").GetString(), known.GetProperty("serving").GetBoolean()));
        Assert.False(resigned.GetProperty("serving").GetBoolean());
        await sibling.GetAsync($"/api/stations/deputies/{StationsFactory.TownDeputy}").ExpectAsync(HttpStatusCode.NotFound);
        await township.GetAsync($"/api/stations/deputies/{Guid.CreateVersion7()}").ExpectAsync(HttpStatusCode.NotFound);
        await deputy.GetAsync($"/api/stations/deputies/{StationsFactory.TownDeputy}").ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_roll_announced_at_once_fills_the_replica_with_who_serves()
    {
        using var staff = _service.Staff();
        var (serving, former) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        await PublishAsync(new DeputiesAnnounced(
        [
            new AnnouncedDeputy(serving, "吴桂兰", StationsFactory.Township, null, [Guid.CreateVersion7()]),
            new AnnouncedDeputy(former, "郑国庆", StationsFactory.Township, null, []),
        ]));

        await Eventually.HoldsAsync(async () =>
        {
            using var response = await staff.PostAsJsonAsync("/api/stations/stations", Station(serving));
            return response.StatusCode == HttpStatusCode.Created;
        }, "the announced roll reached the replica");
        await staff.PostAsJsonAsync("/api/stations/stations", Station(former)).ExpectInvalidAsync("deputies[0].deputyId");
    }

    private static object Opinion(Guid deputyId) => new
    {
        channel = "visit",
        divisionCode = StationsFactory.Township,
        deputyId,
        content = "村口道路坑洼，雨天积水。",
        name = "刘建华",
        phone = "13812341234",
    };

    private async Task PublishAsync<T>(T message)
        where T : IntegrationEvent
    {
        await Eventually.HoldsAsync(async () => (await _service.CreateClient().GetAsync("/health")).IsSuccessStatusCode, "the bus is ready");
        var bus = (IBus)_service.Services.GetService(typeof(IBus))!;
        await bus.Publish(message, context => context.MessageId = message.Id);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

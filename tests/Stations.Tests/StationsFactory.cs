using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Infrastructure;
using RenminDaibiao.Stations.IntegrationEvents;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>
/// The Stations service in process. Requests arrive from 127.0.0.1 as they would from the gateway, so an
/// X-Forwarded-For header is honoured by the forwarded-headers middleware exactly as in production.
/// </summary>
public sealed class StationsFactory : ServiceFactory<Program>
{
    private readonly bool _demo;

    public StationsFactory(InfrastructureFixture infrastructure, bool demo = false)
        : base(infrastructure, "stationsdb")
    {
        _demo = demo;
    }

    public const string Township = "411302001";
    public const string County = "411302";
    public const string SiblingTownship = "411302002";
    public const string OtherCounty = "411303";

    /// <summary>王志强, serving, of 新华街道 (the township) and its station in Deputies' demo: the deputy most tests address.</summary>
    public static readonly Guid TownDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    /// <summary>赵敏, serving, of the sibling township 东关街道 and its station.</summary>
    public static readonly Guid SiblingDeputy = Guid.Parse("0197a000-0000-7000-8000-0000000000a4");

    /// <summary>孙立, of the township, whose only seat ended (resigned).</summary>
    public static readonly Guid ResignedDeputy = Guid.Parse("0197a000-0000-7000-8000-0000000000a5");

    /// <summary>The station id Deputies records for a township's deputies (its demo station's).</summary>
    public static Guid StationOf(string township) => Guid.Parse($"0197b000-0000-7000-8000-{township.PadLeft(12, '0')}");

    /// <summary>Applies Deputies' announcements of a deputy to the replica, as the consumers do.</summary>
    public async Task AnnounceDeputyAsync(Guid deputyId, string name, string division, Guid? stationId, string seatStatus = "serving")
    {
        await using var scope = Services.CreateAsyncScope();
        await AnnounceAsync(scope.ServiceProvider.GetRequiredService<StationsContext>(), deputyId, name, division, stationId, seatStatus);
    }

    private static async Task AnnounceAsync(StationsContext db, Guid deputyId, string name, string division, Guid? stationId, string seatStatus)
    {
        await DeputyReplica.ApplyAsync(db, new DeputyDetailsChanged(deputyId, name, division, stationId), CancellationToken.None);
        await DeputyReplica.ApplyAsync(db, new DeputySeatChanged(deputyId, name, Guid.CreateVersion7(), division, seatStatus), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>The service, once migrated, knows the test deputies as if Deputies had announced them.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StationsContext>();
        AnnounceAsync(db, TownDeputy, "王志强", Township, StationOf(Township), "serving").GetAwaiter().GetResult();
        AnnounceAsync(db, SiblingDeputy, "赵敏", SiblingTownship, StationOf(SiblingTownship), "serving").GetAwaiter().GetResult();
        AnnounceAsync(db, ResignedDeputy, "孙立", Township, StationOf(Township), "resigned").GetAwaiter().GetResult();
        return host;
    }

    public HttpClient Staff(string division = Township) => CreateClient(TestTokens.Subject(Roles.StationStaff, division));

    public HttpClient Deputy(Guid deputyId, string division = Township) =>
        CreateClient(TestTokens.Subject(Roles.Deputy, division, deputyId: deputyId));

    /// <summary>An anonymous client whose requests the gateway forwarded for <paramref name="clientIp"/>.</summary>
    public HttpClient Anonymous(string? clientIp = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp ?? RandomIp());
        return client;
    }

    public static string RandomIp() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    public static string RandomPhone() => $"139{Random.Shared.Next(10_000_000, 99_999_999)}";

    /// <summary>The events this service's outbox holds of the given type, as JSON.</summary>
    public async Task<List<JsonElement>> OutboxAsync(string eventName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StationsContext>();
        var payloads = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(message => message.Type.EndsWith("." + eventName))
            .OrderBy(message => message.CreatedAt)
            .Select(message => message.Payload)
            .ToListAsync();
        return [.. payloads.Select(payload => JsonDocument.Parse(payload).RootElement.Clone())];
    }

    public async Task<T> WithDbAsync<T>(Func<StationsContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StationsContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackRemoteAddress>());
    }

    private sealed class LoopbackRemoteAddress : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Requests and assertions several test classes share.</summary>
internal static class Api
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ExpectAsync(this Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Text one character longer than <paramref name="maxLength"/>.</summary>
    public static string TooLong(int maxLength) => new('长', maxLength + 1);

    /// <summary>Asserts a 400 whose problem details name <paramref name="field"/>.</summary>
    public static async Task ExpectInvalidAsync(this Task<HttpResponseMessage> request, string field)
    {
        var problem = await request.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"'{field}' is not named in {problem}");
    }

    public static object NewStation(string division, string tier = "station", Guid? parentId = null, string? name = null) => new
    {
        name = name ?? $"测试联络站{Guid.NewGuid():N}"[..12],
        tier,
        parentId,
        divisionCode = division,
        address = "南阳市宛城区光武路 1 号",
        openingHours = "周三 09:00-11:30",
        sixHas = new { sign = true, place = true, rules = true, plan = false, records = true, archive = false },
        deputies = new[] { new { deputyId = StationsFactory.TownDeputy, level = "township" } },
    };

    public static async Task<Guid> CreateStationAsync(HttpClient staff, string division, string tier = "station", Guid? parentId = null)
    {
        var station = await staff.PostAsJsonAsync("/api/stations/stations", NewStation(division, tier, parentId)).ExpectAsync(HttpStatusCode.Created);
        return station.GetProperty("id").GetGuid();
    }

    public static async Task<string> SubmitPublicOpinionAsync(HttpClient anonymous, string? phone = null, string? name = null)
    {
        var created = await anonymous.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy,
            content = "小区门口路灯坏了一个月，晚上出行不安全。",
            name,
            phone,
            channel = "qr-message",
        }).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("trackingCode").GetString()!;
    }

    /// <summary>Registers an opinion as staff and returns its id.</summary>
    public static async Task<Guid> RegisterOpinionAsync(HttpClient staff, string division, string phone = "13812341234")
    {
        var created = await staff.PostAsJsonAsync("/api/stations/opinions", new
        {
            channel = "visit",
            divisionCode = division,
            deputyId = StationsFactory.TownDeputy,
            content = "村口道路坑洼，雨天积水。",
            name = "刘建华",
            phone,
            idNumber = "411302199001011234",
        }).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Primitives;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>The anonymous citizen form: stored with a tracking code, rate limited per IP and per phone, input checked.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PublicEndpointsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task The_sixth_submission_from_one_IP_within_ten_minutes_is_429_and_another_IP_still_gets_through()
    {
        var ip = StationsFactory.RandomIp();
        using var client = _service.Anonymous(ip);
        for (var i = 0; i < 5; i++)
        {
            await Api.SubmitPublicOpinionAsync(client);
        }

        using var refused = await client.PostAsJsonAsync("/api/stations/opinions/public", Form(null));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // The ten-minute window that refused it ends within ten minutes; the detail says when, in China time.
        var retryAfter = Assert.IsType<TimeSpan>(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var retryAt = ChinaTime.ToChina(_service.Clock.GetUtcNow() + retryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"请于 {retryAt:yyyy年M月d日 HH:mm}"), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var other = _service.Anonymous();
        await Api.SubmitPublicOpinionAsync(other);

        _service.Clock.Advance(TimeSpan.FromMinutes(11));
        await Api.SubmitPublicOpinionAsync(client);
    }

    [Fact]
    public async Task The_fourth_submission_with_one_phone_in_a_day_is_429_whatever_the_IP()
    {
        var phone = StationsFactory.RandomPhone();
        for (var i = 0; i < 3; i++)
        {
            using var client = _service.Anonymous();
            await Api.SubmitPublicOpinionAsync(client, phone);
        }

        using var fresh = _service.Anonymous();
        using var refused = await fresh.PostAsJsonAsync("/api/stations/opinions/public", Form(phone));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(Assert.IsType<TimeSpan>(refused.Headers.RetryAfter?.Delta), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));

        // Written another way, it is still the same phone.
        using var spaced = await fresh.PostAsJsonAsync("/api/stations/opinions/public", Form($"{phone[..3]} {phone[3..7]} {phone[7..]}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, spaced.StatusCode);
    }

    [Fact]
    public async Task With_Redis_down_the_public_forms_close_with_503_while_staff_still_register_opinions()
    {
        using var client = _service.Anonymous();
        using var staff = _service.Staff();
        await Api.SubmitPublicOpinionAsync(client);

        await infrastructure.StopRedisAsync();
        try
        {
            using var refused = await client.PostAsJsonAsync("/api/stations/opinions/public", Form(null));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var booking = await client.PostAsJsonAsync("/api/stations/public/bookings", new { shiftId = Guid.NewGuid(), name = "陈女士", phone = StationsFactory.RandomPhone(), topic = "停车难" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, booking.StatusCode);

            await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        }
        finally
        {
            await infrastructure.StartRedisAsync();
        }

        await Eventually.HoldsAsync(
            async () =>
            {
                using var fresh = _service.Anonymous();
                using var again = await fresh.PostAsJsonAsync("/api/stations/opinions/public", Form(null));
                return again.StatusCode == HttpStatusCode.Created;
            },
            "the public form reopens once Redis is back");
    }

    [Fact]
    public async Task An_anonymous_message_is_stored_and_the_tracking_code_is_unguessable()
    {
        using var client = _service.Anonymous();
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await Api.SubmitPublicOpinionAsync(client));
        }

        Assert.All(codes, code => Assert.Matches("^[0-9A-Z]{12}$", code));
        Assert.Equal(3, codes.Distinct().Count());
        var stored = await _service.WithDbAsync(db => Task.FromResult(db.Opinions.Count(o => codes.Contains(o.TrackingCode) && o.Anonymous)));
        Assert.Equal(3, stored);
    }

    [Fact]
    public async Task The_division_comes_from_the_deputy_addressed_whatever_division_the_citizen_sends()
    {
        using var client = _service.Anonymous();
        using var townshipStaff = _service.Staff(StationsFactory.Township);
        using var otherCountyStaff = _service.Staff(StationsFactory.OtherCounty);

        var created = await client.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, divisionCode = StationsFactory.OtherCounty, content = "公交站台缺少遮雨棚。",
        }).ExpectAsync(HttpStatusCode.Created);

        var code = created.GetProperty("trackingCode").GetString()!;
        var stored = await _service.WithDbAsync(db => Task.FromResult(db.Opinions.Single(o => o.TrackingCode == code)));
        Assert.Equal(StationsFactory.Township, stored.DivisionCode);
        Assert.Equal("王志强", stored.DeputyName);
        var theirs = await otherCountyStaff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?pageSize=100");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), o => o.GetProperty("trackingCode").GetString() == code);
        var ours = await townshipStaff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?pageSize=100");
        Assert.Contains(ours.GetProperty("items").EnumerateArray(), o => o.GetProperty("trackingCode").GetString() == code);
    }

    [Fact]
    public async Task An_opinion_to_a_station_lands_in_the_station_division()
    {
        using var staff = _service.Staff(StationsFactory.County);
        var stationId = await Api.CreateStationAsync(staff, StationsFactory.SiblingTownship);
        using var client = _service.Anonymous();

        var created = await client.PostAsJsonAsync("/api/stations/opinions/public", new { stationId, divisionCode = StationsFactory.OtherCounty, content = "联络站门口积水。" })
            .ExpectAsync(HttpStatusCode.Created);

        var code = created.GetProperty("trackingCode").GetString()!;
        Assert.Equal(
            StationsFactory.SiblingTownship,
            await _service.WithDbAsync(db => Task.FromResult(db.Opinions.Single(o => o.TrackingCode == code).DivisionCode)));
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        using var client = _service.Anonymous();

        await client.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = Guid.NewGuid(), content = "x" })
            .ExpectInvalidAsync("deputyId");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = StationsFactory.TownDeputy, content = "" })
            .ExpectInvalidAsync("content");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new { content = "x" })
            .ExpectInvalidAsync("deputyId");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = StationsFactory.TownDeputy, content = "x", channel = "grid-visit" })
            .ExpectInvalidAsync("channel");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = "not-a-guid", content = "x" })
            .ExpectInvalidAsync("deputyId");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new { stationId = Guid.NewGuid(), content = "x" })
            .ExpectInvalidAsync("stationId");
    }

    [Fact]
    public async Task Over_long_text_huge_image_lists_and_null_images_are_400_naming_the_field_and_nothing_is_stored()
    {
        var before = await _service.WithDbAsync(db => db.Opinions.IgnoreQueryFilters().CountAsync());
        var image = new { contentType = "image/png", data = "iVBORw0KGgo=" };
        using var texts = _service.Anonymous();
        using var photos = _service.Anonymous();

        await texts.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = StationsFactory.TownDeputy, content = Api.TooLong(Opinion.MaxContentLength) })
            .ExpectInvalidAsync("content");
        await texts.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = StationsFactory.TownDeputy, content = "x", name = Api.TooLong(StationsLimits.MaxPersonNameLength) })
            .ExpectInvalidAsync("name");
        await texts.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId = StationsFactory.TownDeputy, content = "x", phone = new string('1', 100_000) })
            .ExpectInvalidAsync("phone");
        await photos.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "井盖破损", channel = "photo-report", images = Enumerable.Repeat(image, 5000).ToArray(),
        }).ExpectInvalidAsync("images");
        await photos.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "井盖破损", channel = "photo-report", images = new[] { image, null },
        }).ExpectInvalidAsync("images[1]");

        Assert.Equal(before, await _service.WithDbAsync(db => db.Opinions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task A_photo_report_keeps_valid_images_and_refuses_a_wrong_type()
    {
        using var client = _service.Anonymous();
        using var staff = _service.Staff();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        await client.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "井盖破损", channel = "photo-report",
            images = new[] { new { contentType = "image/png", data = Convert.ToBase64String("GIF89a"u8) } },
        }).ExpectInvalidAsync("images[0]");
        await client.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "井盖破损", channel = "photo-report",
            images = new[] { new { contentType = "application/pdf", data = Convert.ToBase64String(png) } },
        }).ExpectInvalidAsync("images[0]");
        var created = await client.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "井盖破损", channel = "photo-report",
            images = new[] { new { contentType = "image/png", data = Convert.ToBase64String(png) } },
        }).ExpectAsync(HttpStatusCode.Created);

        var code = created.GetProperty("trackingCode").GetString();
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?channel=photo-report");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("trackingCode").GetString() == code);
        Assert.Equal(1, item.GetProperty("imageCount").GetInt32());
        var imageId = await _service.WithDbAsync(db => Task.FromResult(db.OpinionImages.Single(i => i.OpinionId == item.GetProperty("id").GetGuid()).Id));
        var bytes = await staff.GetByteArrayAsync($"/api/stations/opinions/{item.GetProperty("id").GetGuid()}/images/{imageId}");
        Assert.Equal(png, bytes);
    }

    private static object Form(string? phone) => new
    {
        deputyId = StationsFactory.TownDeputy,
        content = "路灯坏了。",
        phone,
        channel = "qr-message",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

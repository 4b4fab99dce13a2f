using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>The deputy endpoints a user relies on: registration with seats, masking, QR code, points and the Excel report.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeputiesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "deputiesdb");
    private TestData _data = null!;

    public Task InitializeAsync()
    {
        _data = new TestData(_service);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    private static object NewDeputy(string name, string division, object[]? seats = null) => new
    {
        name,
        divisionCode = division,
        gender = "male",
        ethnicity = "回族",
        birthDate = "1976-10-01",
        phone = "13912345678",
        occupation = "农民专业合作社理事长",
        constituency = "第三选区",
        stationId = Guid.Parse("0197b000-0000-7000-8000-000411302001"),
        stationName = "新华街道人大代表联络站",
        seats,
    };

    private Task<List<OutboxMessage>> OutboxAsync() => _data.WithDbAsync(db => db.Set<OutboxMessage>().ToListAsync());

    [Fact]
    public async Task Committee_staff_register_a_deputy_with_seats_and_every_reader_but_the_deputy_sees_the_phone_masked()
    {
        var county = await _data.CongressAsync("411302");
        var township = await _data.CongressAsync("411302001");
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        var name = TestData.UniqueName("马");

        using var created = await staff.PostAsJsonAsync("/api/deputies/deputies", NewDeputy(name, "411302001",
            [new { congressId = county.Id, constituency = "第三选区" }, new { congressId = township.Id }]));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("139****5678", body.GetProperty("phone").GetString());
        Assert.Equal(2, body.GetProperty("seats").GetArrayLength());
        Assert.Equal("serving", body.GetProperty("status").GetString());

        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?name={Uri.EscapeDataString(name)}&level=township");
        Assert.Equal("139****5678", list.GetProperty("items")[0].GetProperty("phone").GetString());
        using var himself = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: id));
        var own = await himself.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{id}");
        Assert.Equal("13912345678", own.GetProperty("phone").GetString());

        var outbox = await OutboxAsync();
        Assert.Single(outbox, message => message.Type == typeof(DeputyRegistered).FullName && message.Payload.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Equal(2, outbox.Count(message => message.Type == typeof(DeputySeatChanged).FullName && message.Payload.Contains(id.ToString(), StringComparison.Ordinal)));
        Assert.DoesNotContain(outbox, message => message.Payload.Contains("13912345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seat_ends_once_publishing_the_change_and_cannot_serve_again()
    {
        var congress = await _data.CongressAsync("411302");
        var deputy = await _data.DeputyAsync("411302", congress);
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        var seat = deputy.Seats[0].Id;
        var earlier = (await OutboxAsync()).Select(message => message.Id).ToHashSet();

        using var resigned = await staff.PutAsJsonAsync($"/api/deputies/deputies/{deputy.Id}/seats/{seat}", new { status = "resigned" });
        using var again = await staff.PutAsJsonAsync($"/api/deputies/deputies/{deputy.Id}/seats/{seat}", new { status = "serving" });

        Assert.Equal(HttpStatusCode.OK, resigned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{deputy.Id}");
        Assert.Equal("resigned", detail.GetProperty("status").GetString());
        var events = (await OutboxAsync())
            .Where(message => !earlier.Contains(message.Id))
            .Where(message => message.Type == typeof(DeputySeatChanged).FullName && message.Payload.Contains(deputy.Id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Single(events);
        Assert.Contains("resigned", events[0].Payload, StringComparison.Ordinal);

        // The list filter applies the same status rule as the deputy itself.
        var resignedList = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?status=resigned&name={Uri.EscapeDataString(deputy.Name)}");
        Assert.Equal(deputy.Id, Assert.Single(resignedList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var servingList = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?status=serving&name={Uri.EscapeDataString(deputy.Name)}");
        Assert.Equal(0, servingList.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Creating_and_changing_a_congress_declares_it_through_the_outbox()
    {
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        var body = new { divisionCode = "411303", level = "county", term = 11, name = "卧龙区第十一届人民代表大会", startYear = 2021, motionMinimumCoSigners = 10,
            pointsRules = new[] { new { kind = "station-duty", points = 3, yearlyCap = 36 } } };

        using var created = await staff.PostAsJsonAsync("/api/deputies/congresses", body);
        var congress = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = congress.GetProperty("id").GetGuid();
        using var changed = await staff.PutAsJsonAsync($"/api/deputies/congresses/{id}", body with { });
        using var duplicate = await staff.PostAsJsonAsync("/api/deputies/congresses", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var stationRule = congress.GetProperty("pointsRules").EnumerateArray().Single(rule => rule.GetProperty("kind").GetString() == "station-duty");
        Assert.Equal(3, stationRule.GetProperty("points").GetInt32());
        Assert.Equal(12, congress.GetProperty("pointsRules").GetArrayLength());
        Assert.Equal(2, (await OutboxAsync()).Count(message => message.Type == typeof(CongressDeclared).FullName && message.Payload.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_QR_code_is_a_PNG_of_the_citizen_form_addressed_to_the_deputy()
    {
        var deputy = await _data.DeputyAsync("411302001");
        using var citizen = _service.CreateClient(TestTokens.Subject(Roles.Citizen, "411302001"));

        using var response = await citizen.GetAsync($"/api/deputies/deputies/{deputy.Id}/qr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.True(png.Length > 200);
        Assert.Equal($"http://localhost:8080/citizen/opinion?deputy={deputy.Id}",
            Apis.QrCodes.OpinionUrl(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), deputy.Id));
    }

    [Fact]
    public async Task Contacting_a_constituent_records_a_duty_and_constituent_phones_are_masked_in_lists()
    {
        var deputy = await _data.DeputyAsync("411302001");
        using var himself = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302001", deputyId: deputy.Id));
        using var added = await himself.PostAsJsonAsync($"/api/deputies/deputies/{deputy.Id}/constituents",
            new { name = "赵大爷", phone = "13700001111", address = "新华街道和平社区3组" });
        var constituent = await added.Content.ReadFromJsonAsync<JsonElement>();

        var today = DateOnly.FromDateTime(_data.Now.UtcDateTime);
        using var contact = await himself.PostAsJsonAsync($"/api/deputies/deputies/{deputy.Id}/contacts",
            new { constituentId = constituent.GetProperty("id").GetGuid(), date = today, method = "visit", summary = "反映小区路灯不亮" });

        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var list = await himself.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{deputy.Id}/constituents");
        Assert.Equal("137****1111", list.GetProperty("items")[0].GetProperty("phone").GetString());
        var duties = await himself.GetFromJsonAsync<JsonElement>("/api/deputies/duties");
        var duty = Assert.Single(duties.GetProperty("items").EnumerateArray());
        Assert.Equal(DutyKinds.ContactConstituents, duty.GetProperty("kind").GetString());
        Assert.Equal(DutySources.Deputy, duty.GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_yearly_report_opens_in_Excel_with_one_row_per_duty_and_capped_points()
    {
        // Default rules: attend-session 5 points, at most 10 a year — the third session earns nothing.
        var congress = await _data.CongressAsync("411302");
        var deputy = await _data.DeputyAsync("411302001", congress);
        var year = _data.Now.Year;
        await _data.DutyAsync(deputy, DutyKinds.AttendSession, new DateOnly(year, 1, 10));
        await _data.DutyAsync(deputy, DutyKinds.AttendSession, new DateOnly(year, 2, 10));
        await _data.DutyAsync(deputy, DutyKinds.AttendSession, new DateOnly(year, 3, 10));
        await _data.DutyAsync(deputy, DutyKinds.Research, new DateOnly(year, 3, 20));
        await _data.DutyAsync(deputy, DutyKinds.Research, new DateOnly(year - 1, 6, 1));
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.StationStaff, "411302001"));

        using var response = await staff.GetAsync($"/api/deputies/deputies/{deputy.Id}/report?year={year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("履职明细");
        Assert.Equal(["序号", "日期", "履职类别", "履职事项", "登记方式", "积分"], Enumerable.Range(1, 6).Select(c => sheet.Cell(7, c).GetString()));
        Assert.Equal(["出席人代会", "出席人代会", "出席人代会", "调研"], Enumerable.Range(8, 4).Select(r => sheet.Cell(r, 3).GetString()));
        Assert.Equal([5, 5, 0, 2], Enumerable.Range(8, 4).Select(r => sheet.Cell(r, 6).GetValue<int>()));
        Assert.Equal(new DateTime(year, 1, 10), sheet.Cell(8, 2).GetDateTime());
        Assert.Equal("合计", sheet.Cell(12, 1).GetString());
        Assert.Equal(12, sheet.Cell(12, 6).GetValue<int>());
        var months = workbook.Worksheet("月度积分");
        Assert.Equal(["月份", "履职次数", "积分"], Enumerable.Range(1, 3).Select(c => months.Cell(1, c).GetString()));
        Assert.Equal([5, 5, 2], Enumerable.Range(2, 3).Select(r => months.Cell(r, 3).GetValue<int>()));

        var points = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{deputy.Id}/points?year={year}");
        Assert.Equal(12, points.GetProperty("total").GetInt32());
        Assert.Equal(4, points.GetProperty("activities").GetInt32());
        Assert.Equal(2, points.GetProperty("months")[2].GetProperty("activities").GetInt32());
    }

    [Fact]
    public async Task The_quarterly_ranking_orders_the_callers_deputies_by_points_and_the_warning_list_names_the_idle()
    {
        var congress = await _data.CongressAsync("411323");
        var busy = await _data.DeputyAsync("411323100", congress);
        var steady = await _data.DeputyAsync("411323101", congress);
        var idle = await _data.DeputyAsync("411323", congress);
        var outsider = await _data.DeputyAsync("411302", await _data.CongressAsync("411302"));
        var year = _data.Now.Year;
        await _data.DutyAsync(busy, DutyKinds.Suggestion, new DateOnly(year, 7, 1));
        await _data.DutyAsync(busy, DutyKinds.Inspection, new DateOnly(year, 8, 1));
        await _data.DutyAsync(busy, DutyKinds.Inspection, new DateOnly(year, 9, 30));
        await _data.DutyAsync(busy, DutyKinds.Inspection, new DateOnly(year, 10, 1));
        await _data.DutyAsync(steady, DutyKinds.Research, new DateOnly(year, 7, 15));
        await _data.DutyAsync(steady, DutyKinds.Training, new DateOnly(year, 6, 30));
        await _data.DutyAsync(outsider, DutyKinds.Suggestion, new DateOnly(year, 7, 2));
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411323"));

        var ranking = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/rankings?quarter={year}Q3");
        var items = ranking.GetProperty("items").EnumerateArray().Select(item =>
            (item.GetProperty("rank").GetInt32(), item.GetProperty("deputyId").GetGuid(), item.GetProperty("points").GetInt32())).ToList();

        // Q3: busy 3 + 2 + 2 = 7 (the October one is Q4), steady 2 (the June training is Q2), idle 0; the county 宛城区 is not the caller's.
        Assert.Equal([(1, busy.Id, 7), (2, steady.Id, 2), (3, idle.Id, 0)], items);

        var warnings = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/warnings?year={year}");
        var warned = warnings.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("deputyId").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { steady.Id, idle.Id }, warned);
    }

    [Fact]
    public async Task A_citizen_without_an_account_sees_a_serving_deputys_public_card_and_QR_code_but_nothing_private()
    {
        var deputy = await _data.DeputyAsync("411323100", await _data.CongressAsync("411323100"));
        var unseated = await _data.DeputyAsync("411323100");
        using var anonymous = _service.CreateClient();

        var card = await anonymous.GetFromJsonAsync<JsonElement>($"/api/deputies/public/deputies/{deputy.Id}");
        using var qr = await anonymous.GetAsync($"/api/deputies/public/deputies/{deputy.Id}/qr");

        Assert.Equal(deputy.Name, card.GetProperty("name").GetString());
        Assert.Equal(["乡镇人大代表"], card.GetProperty("levels").EnumerateArray().Select(level => level.GetString()));
        Assert.False(card.TryGetProperty("phone", out _));
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/deputies/public/deputies/{unseated.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/deputies/deputies/{deputy.Id}")).StatusCode);
    }

    [Fact]
    public async Task Deputy_lists_page_sort_and_filter()
    {
        const string division = "411323102";
        var congress = await _data.CongressAsync(division);
        var a = await _data.DeputyAsync(TestData.DeputyInput(division, "筛选甲"), congress);
        var b = await _data.DeputyAsync(TestData.DeputyInput(division, "筛选乙"));
        var c = await _data.DeputyAsync(TestData.DeputyInput(division, "筛选丙"), congress);
        var group = await _data.GroupAsync(division, a, b);
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411323"));

        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?divisionCode={division}&sort=-name&pageSize=2&page=1");
        var township = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?divisionCode={division}&level=township&sort=name");
        var grouped = await staff.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies?groupId={group.Id}&sort=name");

        static List<string> Names(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()!)];
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(new[] { a.Name, b.Name, c.Name }.OrderByDescending(n => n, StringComparer.Ordinal).Take(2), Names(page));
        Assert.Equal(new[] { a.Name, c.Name }.Order(StringComparer.Ordinal), Names(township));
        Assert.Equal(new[] { a.Name, b.Name }.Order(StringComparer.Ordinal), Names(grouped));
    }

    [Fact]
    public async Task An_admin_adds_a_township_under_a_county_and_county_staff_see_it_in_their_subtree()
    {
        await _data.EnsureDivisionsAsync("411300", "411302", "411303");
        using var admin = _service.CreateClient(TestTokens.Subject(Roles.Admin, "411300"));

        using var created = await admin.PostAsJsonAsync("/api/deputies/divisions", new { code = "411302777", name = "溧河乡" });
        using var duplicate = await admin.PostAsJsonAsync("/api/deputies/divisions", new { code = "411302777", name = "溧河乡" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        using var county = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        var list = await county.GetFromJsonAsync<JsonElement>("/api/deputies/divisions");
        var codes = list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()).ToList();
        Assert.Equal(["411302", "411302777"], codes);
        var township = list.GetProperty("items")[1];
        Assert.Equal("411302", township.GetProperty("parentCode").GetString());
        Assert.Equal("411300/411302/411302777", township.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Staff_reads_of_personal_data_are_audited_without_the_data_and_a_deputy_reading_their_own_is_not()
    {
        var deputy = await _data.DeputyAsync(TestData.DeputyInput("411303001", phone: "13655556666"));
        var staffSubject = TestTokens.Subject(Roles.CommitteeStaff, "411303");
        using var staff = _service.CreateClient(staffSubject);
        using var himself = _service.CreateClient(TestTokens.Subject(Roles.Deputy, "411303001", deputyId: deputy.Id));

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/deputies/deputies/{deputy.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/deputies/deputies/{deputy.Id}/constituents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await himself.GetAsync($"/api/deputies/deputies/{deputy.Id}")).StatusCode);

        var reads = await _data.WithDbAsync(db => db.PersonalDataReads.Where(read => read.SubjectId == deputy.Id).OrderBy(read => read.Id).ToListAsync());
        Assert.Equal(["deputy", "constituents"], reads.Select(read => read.Subject));
        Assert.All(reads, read => Assert.Equal(staffSubject.AccountId, read.AccountId));
        Assert.All(reads, read => Assert.Equal("411303001", read.DivisionCode));
    }
}

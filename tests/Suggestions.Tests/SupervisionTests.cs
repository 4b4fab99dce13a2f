using MassTransit;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>Deadlines and the due-soon/overdue lists on the service's fake clock.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DeadlineTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly SuggestionsHarness _h = new(infrastructure);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task Interim_suggestion_is_due_in_thirty_days_shows_due_soon_then_overdue_and_leaves_the_list_when_answered()
    {
        var id = await _h.DraftAsync(body: new { kind = "suggestion", title = "关于修缮村道的建议", body = "村道破损严重。" });
        await _h.PostOkAsync(_h.Deputy, id, "submit");
        await _h.PostOkAsync(_h.Staff, id, "review", new { decision = "accept", category = "乡村振兴" });
        var assignedAt = _h.Factory.Clock.GetUtcNow();
        var assigned = await _h.PostOkAsync(_h.Staff, id, "assign", new { leadUnitCode = SuggestionsHarness.LeadUnit });
        Assert.Equal(assignedAt.AddDays(30), assigned.GetProperty("dueAt").GetDateTimeOffset());

        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/due-soon"));
        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/overdue"));

        _h.Factory.Clock.SetUtcNow(assignedAt.AddDays(30).AddDays(-3));
        Assert.Contains(id, await IdsAsync(_h.Staff, "supervision/due-soon"));
        Assert.Contains(id, await IdsAsync(_h.Unit, "supervision/due-soon"));
        Assert.DoesNotContain(id, await IdsAsync(_h.Other, "supervision/due-soon"));
        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/due-soon?days=2"));
        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/overdue"));

        _h.Factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        Assert.Contains(id, await IdsAsync(_h.Staff, "supervision/overdue"));
        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/due-soon"));
        Assert.Contains(id, await IdsAsync(_h.Staff, "suggestions?overdue=true"));
        Assert.True((await _h.GetAsync(id)).GetProperty("overdue").GetBoolean());

        await _h.PostOkAsync(_h.Unit, id, "contact", new { note = "电话沟通" });
        var answered = await _h.PostOkAsync(_h.Unit, id, "answer", new { category = "solved", content = "已修缮" });
        Assert.False(answered.GetProperty("answers")[0].GetProperty("onTime").GetBoolean());
        Assert.DoesNotContain(id, await IdsAsync(_h.Staff, "supervision/overdue"));
    }

    [Fact]
    public async Task Deadline_days_the_Deputies_service_declares_for_the_congress_apply_to_its_suggestions()
    {
        var congressId = await _h.DeclareCongressAsync(term: 11, motionMinimum: 2, sessionDays: 45, interimDays: 20);

        // The rules are Deputies' data: Suggestions has no endpoint of its own to change them.
        using (var put = await _h.Staff.PutAsJsonAsync($"/api/suggestions/congresses/{congressId}/deadlines", new { sessionDeadlineDays = 60, interimDeadlineDays = 30 }))
        {
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        }

        // The motion minimum of this congress (2) applies instead of the default 10.
        var coSigners = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var id = await _h.DraftAsync(body: new { kind = "motion", title = "关于加强古树保护的议案", body = "正文", coSignerIds = coSigners });
        Assert.Equal(11, (await _h.GetAsync(id)).GetProperty("term").GetInt32());
        foreach (var coSigner in coSigners)
        {
            using var client = _h.Factory.CreateClient(TestTokens.Subject(Roles.Deputy, SuggestionsHarness.County, deputyId: coSigner));
            await _h.PostOkAsync(client, id, "cosign");
        }

        await _h.PostOkAsync(_h.Deputy, id, "submit");
        await _h.PostOkAsync(_h.Staff, id, "review", new { decision = "accept", category = "生态环境" });
        var now = _h.Factory.Clock.GetUtcNow();
        var assigned = await _h.PostOkAsync(_h.Staff, id, "assign", new { leadUnitCode = SuggestionsHarness.LeadUnit });
        Assert.Equal(now.AddDays(45), assigned.GetProperty("dueAt").GetDateTimeOffset());
    }

    /// <summary>The ids of every item of a paged list, page by page.</summary>
    internal static async Task<List<Guid>> IdsAsync(HttpClient client, string path)
    {
        var ids = new List<Guid>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/suggestions/{path}{separator}page={page}&pageSize=100");
            var items = body.GetProperty("items");
            ids.AddRange(items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            if (items.GetArrayLength() == 0 || ids.Count >= body.GetProperty("total").GetInt32())
            {
                return ids;
            }
        }
    }
}

/// <summary>Statistics on a fixed data set, division and unit scoping, bad input, the opinion consumer, attachments and the ledger.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SupervisionTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly SuggestionsHarness _h = new(infrastructure);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task Statistics_on_a_fixed_data_set_equal_the_hand_computed_figures()
    {
        // A, B: lead unit ZJJ, 教育卫生, answered on time (solved / being solved), satisfied / basically satisfied.
        var a = await AssignedAsync("教育卫生", SuggestionsHarness.LeadUnit);
        var b = await AssignedAsync("教育卫生", SuggestionsHarness.LeadUnit);
        // C, D: lead unit WJW, 城乡建设; C answered late and rated unsatisfied, D never answered (overdue).
        var c = await AssignedAsync("城乡建设", SuggestionsHarness.CoUnitCode);
        await AssignedAsync("城乡建设", SuggestionsHarness.CoUnitCode);
        await AnswerAndRateAsync(_h.Unit, a, "solved", "satisfied");
        await AnswerAndRateAsync(_h.Unit, b, "being-solved", "basically-satisfied");
        _h.Factory.Clock.Advance(TimeSpan.FromDays(100));
        await AnswerAndRateAsync(_h.CoUnit, c, "solved", "unsatisfied");
        // E: township 411302001, lead unit ZJJ, 城乡建设, assigned now: not due yet.
        await AssignedAsync("城乡建设", SuggestionsHarness.LeadUnit, "411302001");
        // Another county's assigned suggestion must not count for this county's staff.
        await OtherCountyAssignedAsync();

        var stats = await _h.Staff.GetFromJsonAsync<JsonElement>("/api/suggestions/statistics");

        AssertRow(stats.GetProperty("total"), assigned: 5, due: 4, onTime: 2, onTimeRate: 0.5m, answered: 3, solved: 2, solvedRate: 0.6667m, rated: 3, satisfied: 2, satisfactionRate: 0.6667m);
        var units = Rows(stats, "byUnit");
        Assert.Equal([SuggestionsHarness.CoUnitCode, SuggestionsHarness.LeadUnit], units.Keys.Order());
        Assert.Equal("宛城区住房和城乡建设局", units[SuggestionsHarness.LeadUnit].GetProperty("name").GetString());
        AssertRow(units[SuggestionsHarness.LeadUnit], 3, 2, 2, 1m, 2, 1, 0.5m, 2, 2, 1m);
        AssertRow(units[SuggestionsHarness.CoUnitCode], 2, 2, 0, 0m, 1, 1, 1m, 1, 0, 0m);
        var categories = Rows(stats, "byCategory");
        AssertRow(categories["教育卫生"], 2, 2, 2, 1m, 2, 1, 0.5m, 2, 2, 1m);
        AssertRow(categories["城乡建设"], 3, 2, 0, 0m, 1, 1, 1m, 1, 0, 0m);
        var divisions = Rows(stats, "byDivision");
        Assert.Equal(["411302", "411302001"], divisions.Keys.Order());
        AssertRow(divisions["411302"], 4, 4, 2, 0.5m, 3, 2, 0.6667m, 3, 2, 0.6667m);
        AssertRow(divisions["411302001"], 1, 0, 0, null, 0, 0, null, 0, 0, null);
    }

    [Fact]
    public async Task A_unit_cannot_read_another_units_assignments_and_a_county_cannot_read_another_countys()
    {
        var id = await _h.InStateAsync("assigned", coUnit: true);

        using (var other = await _h.Other.GetAsync($"/api/suggestions/suggestions/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        Assert.DoesNotContain(id, await DeadlineTests.IdsAsync(_h.Other, "suggestions"));
        using (var contact = await _h.Other.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/contact", new { note = "冒充" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, contact.StatusCode);
        }

        Assert.Contains(id, await DeadlineTests.IdsAsync(_h.Unit, "suggestions"));
        Assert.Contains(id, await DeadlineTests.IdsAsync(_h.CoUnit, "suggestions"));
        using (var coUnitAnswer = await _h.CoUnit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/contact", new { note = "协办单位不能代替主办单位" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, coUnitAnswer.StatusCode);
        }

        using var otherDeputy = _h.Factory.CreateClient(TestTokens.Subject(Roles.Deputy, SuggestionsHarness.County, deputyId: Guid.CreateVersion7()));
        Assert.Equal(HttpStatusCode.NotFound, (await otherDeputy.GetAsync($"/api/suggestions/suggestions/{id}")).StatusCode);

        using var wolong = _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, SuggestionsHarness.OtherCounty));
        Assert.Equal(HttpStatusCode.NotFound, (await wolong.GetAsync($"/api/suggestions/suggestions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wolong.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/review", new { decision = "return", reason = "x" })).StatusCode);
        Assert.DoesNotContain(id, await DeadlineTests.IdsAsync(wolong, "suggestions"));
        using var write = await wolong.PostAsJsonAsync("/api/suggestions/suggestions", new { title = "标题", body = "正文", divisionCode = SuggestionsHarness.County, leadDeputyId = _h.DeputyId });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);

        // The city sees the county's suggestion.
        using var city = _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411300"));
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/suggestions/suggestions/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("suggestions", """{"kind":"suggestion","title":"","body":"正文"}""", "title")]
    [InlineData("suggestions", """{"kind":"petition","title":"标题","body":"正文"}""", "kind")]
    [InlineData("suggestions", """{"title":"标题","body":"正文","divisionCode":"12"}""", "divisionCode")]
    [InlineData("suggestions", """{"title":"标题","body":"正文","coSignerIds":["00000000-0000-0000-0000-000000000000"]}""", "coSignerIds")]
    [InlineData("units", """{"code":"ZJJ","name":"住建局","divisionCode":"411302"}""", "code")]
    [InlineData("units", """{"code":"411302-ABC","name":"","divisionCode":"411302"}""", "name")]
    public async Task Bad_input_gets_400_naming_the_field_and_stores_nothing(string path, string json, string field)
    {
        var before = (await DeadlineTests.IdsAsync(_h.Deputy, "suggestions")).Count;
        var client = path == "units" ? _h.Staff : _h.Deputy;
        using var response = await client.PostAsync($"/api/suggestions/{path}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await DeadlineTests.IdsAsync(_h.Deputy, "suggestions")).Count);
    }

    [Fact]
    public async Task Bad_input_on_transitions_and_lists_names_the_field_and_changes_nothing()
    {
        var accepted = await _h.InStateAsync("accepted");
        await AssertBadAsync(_h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{accepted}/assign", new { leadUnitCode = "411302-NONE" }), "leadUnitCode");
        await AssertBadAsync(_h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{accepted}/assign", new { leadUnitCode = SuggestionsHarness.LeadUnit, coUnitCodes = new[] { SuggestionsHarness.LeadUnit } }), "coUnitCodes");
        Assert.Equal("accepted", (await _h.GetAsync(accepted)).GetProperty("state").GetString());

        var submitted = await _h.InStateAsync("submitted");
        await AssertBadAsync(_h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{submitted}/review", new { decision = "maybe" }), "decision");
        await AssertBadAsync(_h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{submitted}/review", new { decision = "accept", isKey = true, category = "交通" }), "supervisingLeaderId");
        await AssertBadAsync(_h.Staff.PostAsJsonAsync($"/api/suggestions/suggestions/{submitted}/review", new { decision = "merge", targetId = Guid.CreateVersion7() }), "targetId");
        Assert.Equal("submitted", (await _h.GetAsync(submitted)).GetProperty("state").GetString());

        var contacted = await _h.InStateAsync("contacted");
        await AssertBadAsync(_h.Unit.PostAsJsonAsync($"/api/suggestions/suggestions/{contacted}/answer", new { category = "cannot-solve-now", content = "暂无资金" }), "reason");
        var answered = await _h.InStateAsync("answered");
        await AssertBadAsync(_h.Deputy.PostAsJsonAsync($"/api/suggestions/suggestions/{answered}/rate", new { rating = "great" }), "rating");
        await AssertBadAsync(_h.Staff.GetAsync("/api/suggestions/suggestions?pageSize=1000"), "pageSize");
        await AssertBadAsync(_h.Staff.GetAsync("/api/suggestions/suggestions?state=lost"), "state");
    }

    [Fact]
    public async Task A_raised_citizen_opinion_becomes_one_draft_led_by_the_named_deputy_and_found_by_the_opinion_even_when_redelivered()
    {
        var opinion = new Contracts.Stations.OpinionRaisedAsSuggestion(
            Guid.CreateVersion7(), "QM2026ABCD", _h.DeputyId, "王志强", SuggestionsHarness.County, "小区门口路灯不亮", "居民反映夜间出行不便", "城乡建设");
        await Eventually.HoldsAsync(async () => (await _h.Staff.GetAsync("/health")).IsSuccessStatusCode, "the bus is ready");
        var bus = (MassTransit.IBus)_h.Factory.Services.GetService(typeof(MassTransit.IBus))!;
        await bus.Publish(opinion, context => context.MessageId = opinion.Id);
        await bus.Publish(opinion, context => context.MessageId = opinion.Id);
        await bus.Publish(opinion with { Id = Guid.CreateVersion7() });

        var list = await Eventually.GetAsync<List<JsonElement>>(async () =>
        {
            var body = await _h.Deputy.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?state=draft&pageSize=100");
            var items = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("title").GetString() == opinion.Title).ToList();
            return items.Count > 0 ? items : null;
        }, "the draft appears");
        await Task.Delay(1000);
        var body = await _h.Deputy.GetFromJsonAsync<JsonElement>("/api/suggestions/suggestions?state=draft&pageSize=100");
        var drafts = body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("title").GetString() == opinion.Title).ToList();
        var draft = Assert.Single(drafts);
        var detail = await _h.GetAsync(draft.GetProperty("id").GetGuid(), _h.Deputy);
        Assert.Equal(opinion.OpinionId, detail.GetProperty("sourceOpinionId").GetGuid());
        Assert.Equal("QM2026ABCD", detail.GetProperty("sourceTrackingCode").GetString());
        Assert.Equal(_h.DeputyId, detail.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal("王志强", detail.GetProperty("leadDeputyName").GetString());
        Assert.Single(list);

        var byOpinion = await _h.Deputy.GetFromJsonAsync<JsonElement>($"/api/suggestions/suggestions?opinionId={opinion.OpinionId}");
        var item = Assert.Single(byOpinion.GetProperty("items").EnumerateArray());
        Assert.Equal((draft.GetProperty("id").GetGuid(), opinion.OpinionId), (item.GetProperty("id").GetGuid(), item.GetProperty("sourceOpinionId").GetGuid()));
        var others = await _h.Deputy.GetFromJsonAsync<JsonElement>($"/api/suggestions/suggestions?opinionId={Guid.CreateVersion7()}");
        Assert.Empty(others.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Attachments_are_checked_by_size_and_content_signature_and_read_back()
    {
        var id = await _h.DraftAsync();
        var pdf = "%PDF-1.7\n演示附件"u8.ToArray();
        using (var ok = await UploadAsync(id, "说明.pdf", pdf))
        {
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
            var attachmentId = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var back = await _h.Deputy.GetByteArrayAsync($"/api/suggestions/suggestions/{id}/attachments/{attachmentId}");
            Assert.Equal(pdf, back);
        }

        await AssertBadAsync(UploadAsync(id, "伪装.docx", pdf), "file");
        await AssertBadAsync(UploadAsync(id, "照片.png", "not a png"u8.ToArray()), "file");
        await AssertBadAsync(UploadAsync(id, "程序.exe", [0x4D, 0x5A, 0x90, 0x00]), "file");
        var big = new byte[(5 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(big);
        await AssertBadAsync(UploadAsync(id, "大文件.pdf", big), "file");
        Assert.Equal(1, (await _h.GetAsync(id, _h.Deputy)).GetProperty("attachments").GetArrayLength());

        using var wolong = _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, SuggestionsHarness.OtherCounty));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "a.pdf" } };
        Assert.Equal(HttpStatusCode.NotFound, (await wolong.PostAsync($"/api/suggestions/suggestions/{id}/attachments", form)).StatusCode);
    }

    [Fact]
    public async Task Ledger_of_a_term_is_an_excel_workbook_with_chinese_headers()
    {
        var congressId = Guid.CreateVersion7();
        await Eventually.HoldsAsync(async () => (await _h.Staff.GetAsync("/health")).IsSuccessStatusCode, "the bus is ready");
        var bus = (MassTransit.IBus)_h.Factory.Services.GetService(typeof(MassTransit.IBus))!;
        await bus.Publish(new Contracts.Deputies.CongressDeclared(congressId, "宛城区第十二届人民代表大会", SuggestionsHarness.County, "county", 12, 10, 90, 30, []));
        await Eventually.HoldsAsync(async () => (await _h.Staff.GetStringAsync("/api/suggestions/congresses?pageSize=100")).Contains(congressId.ToString(), StringComparison.Ordinal), "the congress is replicated");
        var closed = await _h.InStateAsync("closed");
        await _h.InStateAsync("draft");

        using var response = await _h.Staff.GetAsync("/api/suggestions/ledger?term=12");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("序号", sheet.Cell(1, 1).GetString());
        Assert.Equal("标题", sheet.Cell(1, 3).GetString());
        Assert.Equal("代表评价", sheet.Cell(1, 19).GetString());
        Assert.Equal(2, sheet.LastRowUsed().RowNumber());
        Assert.Equal("关于增设学校周边交通安全设施的建议", sheet.Cell(2, 3).GetString());
        Assert.Equal("宛城区住房和城乡建设局", sheet.Cell(2, 10).GetString());
        Assert.Equal("已办结", sheet.Cell(2, 12).GetString());
        Assert.Equal("满意", sheet.Cell(2, 19).GetString());
        Assert.NotEqual(Guid.Empty, closed);

        Assert.Equal(HttpStatusCode.Forbidden, (await _h.Deputy.GetAsync("/api/suggestions/ledger?term=12")).StatusCode);
    }

    private Task<HttpResponseMessage> UploadAsync(Guid id, string name, byte[] content)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        return _h.Deputy.PostAsync($"/api/suggestions/suggestions/{id}/attachments", form);
    }

    private static async Task AssertBadAsync(Task<HttpResponseMessage> call, string field)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    private async Task<Guid> AssignedAsync(string category, string unit, string? division = null)
    {
        var id = division is null
            ? await _h.DraftAsync()
            : await _h.DraftAsync(_h.Staff, new { title = "关于整治背街小巷的建议", body = "正文", divisionCode = division, leadDeputyId = _h.DeputyId });
        await _h.PostOkAsync(_h.Staff, id, "submit");
        await _h.PostOkAsync(_h.Staff, id, "review", new { decision = "accept", category });
        await _h.PostOkAsync(_h.Staff, id, "assign", new { leadUnitCode = unit });
        return id;
    }

    private async Task OtherCountyAssignedAsync()
    {
        using var wolong = _h.Factory.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, SuggestionsHarness.OtherCounty));
        (await wolong.PostAsJsonAsync("/api/suggestions/units", new { code = "411303-JTJ", name = "卧龙区交通运输局", divisionCode = SuggestionsHarness.OtherCounty })).EnsureSuccessStatusCode();
        var id = await _h.DraftAsync(wolong, new { title = "关于卧龙区公交的建议", body = "正文", leadDeputyId = Guid.CreateVersion7() });
        await _h.PostOkAsync(wolong, id, "submit");
        await _h.PostOkAsync(wolong, id, "review", new { decision = "accept", category = "教育卫生" });
        await _h.PostOkAsync(wolong, id, "assign", new { leadUnitCode = "411303-JTJ" });
    }

    private async Task AnswerAndRateAsync(HttpClient unit, Guid id, string category, string rating)
    {
        await _h.PostOkAsync(unit, id, "contact", new { note = "沟通" });
        await _h.PostOkAsync(unit, id, "answer", new { category, content = "答复内容" });
        await _h.PostOkAsync(_h.Deputy, id, "rate", new { rating });
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement stats, string name) =>
        stats.GetProperty(name).EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r);

    private static void AssertRow(
        JsonElement row, int assigned, int due, int onTime, decimal? onTimeRate, int answered, int solved, decimal? solvedRate, int rated, int satisfied, decimal? satisfactionRate)
    {
        static decimal? Rate(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
        Assert.Equal(
            (assigned, due, onTime, onTimeRate, answered, solved, solvedRate, rated, satisfied, satisfactionRate),
            (row.GetProperty("assigned").GetInt32(), row.GetProperty("due").GetInt32(), row.GetProperty("answeredOnTime").GetInt32(), Rate(row.GetProperty("onTimeRate")),
             row.GetProperty("answered").GetInt32(), row.GetProperty("solved").GetInt32(), Rate(row.GetProperty("solvedRate")),
             row.GetProperty("rated").GetInt32(), row.GetProperty("satisfied").GetInt32(), Rate(row.GetProperty("satisfactionRate"))));
    }
}

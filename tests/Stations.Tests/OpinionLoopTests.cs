using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>The five-step closed loop through the API: who may do what, 409s, events, privacy.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OpinionLoopTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task An_opinion_sent_to_a_unit_is_answered_by_that_unit_and_rated_by_the_citizen()
    {
        using var anonymous = _service.Anonymous();
        using var staff = _service.Staff();
        using var unit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, StationsFactory.County, unitCode: "411302-ZJJ"));
        using var otherUnit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, StationsFactory.County, unitCode: "411302-JYJ"));
        var phone = StationsFactory.RandomPhone();
        var code = await Api.SubmitPublicOpinionAsync(anonymous, phone, "刘建华");
        var id = await IdOfAsync(staff, code);

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "城乡建设", level = "county" }).ExpectAsync(HttpStatusCode.OK);
        var due = _service.Clock.GetUtcNow().AddDays(15);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/send-to-unit", new { unitCode = "411302-ZJJ", dueAt = due }).ExpectAsync(HttpStatusCode.OK);
        await otherUnit.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "不归我们管" }).ExpectAsync(HttpStatusCode.Forbidden);
        var answered = await unit.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "路灯已于本周更换。" }).ExpectAsync(HttpStatusCode.OK);
        var rated = await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 5, comment = "很快" }).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal("rated", rated.GetProperty("status").GetString());
        Assert.Equal(5, rated.GetProperty("rating").GetInt32());
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");
        var steps = detail.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["registered", "sorted", "sent-to-unit", "answered", "rated"], steps.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal("handling-unit", steps[3].GetProperty("actorRole").GetString());
        Assert.All(steps, step => Assert.NotEqual(default, step.GetProperty("at").GetDateTimeOffset()));

        var deadline = Assert.Single(await _service.OutboxAsync("DeadlineSet"), e => e.GetProperty("itemId").GetGuid() == id);
        Assert.Equal(("opinion", "411302-ZJJ"), (deadline.GetProperty("itemKind").GetString(), deadline.GetProperty("unitCode").GetString()));
        Assert.Single(await _service.OutboxAsync("DeadlineMet"), e => e.GetProperty("itemId").GetGuid() == id);
        var sms = Assert.Single(await _service.OutboxAsync("OpinionAnswered"), e => e.GetProperty("opinionId").GetGuid() == id);
        Assert.True(sms.GetProperty("citizenGavePhone").GetBoolean());
        Assert.DoesNotContain(phone, sms.ToString(), StringComparison.Ordinal);
        Assert.Equal(StationsFactory.TownDeputy, sms.GetProperty("deputyId").GetGuid());
    }

    [Fact]
    public async Task A_deputy_raises_a_sorted_opinion_as_a_suggestion_led_under_their_own_name_and_cannot_answer_it_by_hand()
    {
        using var staff = _service.Staff();
        using var deputy = _service.Deputy(StationsFactory.TownDeputy);
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);

        await deputy.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "建议" }).ExpectAsync(HttpStatusCode.Conflict);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "city" }).ExpectAsync(HttpStatusCode.OK);
        var raised = await deputy.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "关于修缮村口道路的建议" }).ExpectAsync(HttpStatusCode.OK);
        await deputy.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已形成代表建议提交。" }).ExpectAsync(HttpStatusCode.Forbidden);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已形成代表建议提交。" }).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Equal("raised-as-suggestion", raised.GetProperty("status").GetString());
        var evt = Assert.Single(await _service.OutboxAsync("OpinionRaisedAsSuggestion"), e => e.GetProperty("opinionId").GetGuid() == id);
        Assert.Equal(StationsFactory.TownDeputy, evt.GetProperty("deputyId").GetGuid());
        Assert.Equal($"{Roles.Deputy}-{StationsFactory.Township}", evt.GetProperty("deputyName").GetString());
        Assert.Equal("关于修缮村口道路的建议", evt.GetProperty("title").GetString());
        Assert.Equal("交通出行", evt.GetProperty("category").GetString());
    }

    [Fact]
    public async Task Another_deputy_cannot_raise_an_opinion_addressed_to_someone_else_and_staff_pass_it_to_the_addressed_deputy()
    {
        using var staff = _service.Staff();
        using var otherDeputy = _service.Deputy(Guid.CreateVersion7());
        using var unit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, StationsFactory.Township, unitCode: "411302-ZJJ"));
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "city" }).ExpectAsync(HttpStatusCode.OK);

        using (var read = await otherDeputy.GetAsync($"/api/stations/opinions/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        await otherDeputy.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "冒领的建议" }).ExpectAsync(HttpStatusCode.NotFound);
        await unit.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "建议" }).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(await _service.OutboxAsync("OpinionRaisedAsSuggestion"), e => e.GetProperty("opinionId").GetGuid() == id);

        var raised = await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/raise-as-suggestion", new { title = "关于整修村口道路的建议" }).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(StationsFactory.TownDeputy, raised.GetProperty("suggestionDeputyId").GetGuid());
        var evt = Assert.Single(await _service.OutboxAsync("OpinionRaisedAsSuggestion"), e => e.GetProperty("opinionId").GetGuid() == id);
        Assert.Equal(StationsFactory.TownDeputy, evt.GetProperty("deputyId").GetGuid());
        Assert.Equal("王志强", evt.GetProperty("deputyName").GetString());
    }

    [Fact]
    public async Task An_illegal_transition_is_409_and_changes_nothing()
    {
        using var staff = _service.Staff();
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        var before = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/send-to-unit", new { unitCode = "411302-ZJJ", dueAt = _service.Clock.GetUtcNow().AddDays(5) })
            .ExpectAsync(HttpStatusCode.Conflict);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已解决" }).ExpectAsync(HttpStatusCode.Conflict);
        var code = before.GetProperty("trackingCode").GetString();
        using var anonymous = _service.Anonymous();
        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 3 }).ExpectAsync(HttpStatusCode.Conflict);

        var after = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");
        Assert.Equal(before.ToString(), after.ToString());
        Assert.DoesNotContain(await _service.OutboxAsync("DeadlineSet"), e => e.GetProperty("itemId").GetGuid() == id);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_changes()
    {
        using var staff = _service.Staff();
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "", level = "county" }).ExpectInvalidAsync("category");
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通", level = "galaxy" }).ExpectInvalidAsync("level");
        await staff.PostAsJsonAsync("/api/stations/opinions", new { channel = "visit", divisionCode = StationsFactory.Township, content = "x", phone = "12345" })
            .ExpectInvalidAsync("phone");
        await staff.PostAsJsonAsync("/api/stations/opinions", new { channel = "fax", divisionCode = StationsFactory.Township, content = "x" })
            .ExpectInvalidAsync("channel");

        var after = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");
        Assert.Equal("registered", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Over_long_text_huge_image_lists_and_null_images_are_400_naming_the_field_and_nothing_is_stored()
    {
        using var staff = _service.Staff();
        var opinionsBefore = await _service.WithDbAsync(db => db.Opinions.IgnoreQueryFilters().CountAsync());
        Dictionary<string, object?> Registration(string field, object? value)
        {
            var body = new Dictionary<string, object?>
            {
                ["channel"] = "visit", ["divisionCode"] = StationsFactory.Township, ["content"] = "村口道路坑洼。", ["deputyId"] = StationsFactory.TownDeputy, ["name"] = "刘建华",
            };
            body[field] = value;
            return body;
        }

        await staff.PostAsJsonAsync("/api/stations/opinions", Registration("content", Api.TooLong(Opinion.MaxContentLength))).ExpectInvalidAsync("content");
        await staff.PostAsJsonAsync("/api/stations/opinions", Registration("name", Api.TooLong(StationsLimits.MaxPersonNameLength))).ExpectInvalidAsync("name");
        await staff.PostAsJsonAsync("/api/stations/opinions", Registration("deputyId", Guid.NewGuid())).ExpectInvalidAsync("deputyId");
        await staff.PostAsJsonAsync("/api/stations/opinions", Registration("divisionCode", new string('4', 2 * 1024 * 1024))).ExpectInvalidAsync("divisionCode");
        await staff.PostAsJsonAsync("/api/stations/opinions", Registration("idNumber", Api.TooLong(PersonalData.IdNumberLength))).ExpectInvalidAsync("idNumber");
        var photoReport = Registration("channel", "photo-report");
        photoReport["images"] = Enumerable.Repeat(new { contentType = "image/png", data = "iVBORw0KGgo=" }, 5000).ToArray();
        await staff.PostAsJsonAsync("/api/stations/opinions", photoReport).ExpectInvalidAsync("images");
        photoReport["images"] = new object?[] { null };
        await staff.PostAsJsonAsync("/api/stations/opinions", photoReport).ExpectInvalidAsync("images[0]");
        Assert.Equal(opinionsBefore, await _service.WithDbAsync(db => db.Opinions.IgnoreQueryFilters().CountAsync()));

        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township);
        var url = $"/api/stations/opinions/{id}";
        await staff.PostAsJsonAsync($"{url}/sort", new { category = Api.TooLong(Opinion.MaxCategoryLength), level = "township" }).ExpectInvalidAsync("category");
        await staff.PostAsJsonAsync($"{url}/sort", new { category = "交通出行", level = "township" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"{url}/send-to-unit", new { unitCode = Api.TooLong(StationsLimits.MaxUnitCodeLength), dueAt = _service.Clock.GetUtcNow().AddDays(5) })
            .ExpectInvalidAsync("unitCode");
        await staff.PostAsJsonAsync($"{url}/raise-as-suggestion", new { title = Api.TooLong(Opinion.MaxSuggestionTitleLength) }).ExpectInvalidAsync("title");
        await staff.PostAsJsonAsync($"{url}/settle", new { note = Api.TooLong(Opinion.MaxAnswerLength) }).ExpectInvalidAsync("note");
        var sorted = await staff.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("sorted", sorted.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, sorted.GetProperty("unitCode").ValueKind);

        await staff.PostAsJsonAsync($"{url}/settle", new { note = "已上门处理" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"{url}/feedback", new { answer = Api.TooLong(Opinion.MaxAnswerLength) }).ExpectInvalidAsync("answer");
        await staff.PostAsJsonAsync($"{url}/feedback", new { answer = "已修复。" }).ExpectAsync(HttpStatusCode.OK);
        using var anonymous = _service.Anonymous();
        var code = sorted.GetProperty("trackingCode").GetString();
        await anonymous.PostAsJsonAsync($"/api/stations/opinions/track/{code}/rating", new { score = 5, comment = Api.TooLong(Opinion.MaxRatingCommentLength) })
            .ExpectInvalidAsync("comment");
        var answered = await staff.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal("已修复。", answered.GetProperty("answer").GetString());
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("ratingComment").ValueKind);
    }

    [Fact]
    public async Task Tracking_shows_progress_and_the_answer_but_nothing_personal()
    {
        using var anonymous = _service.Anonymous();
        using var staff = _service.Staff();
        var phone = StationsFactory.RandomPhone();
        var code = await Api.SubmitPublicOpinionAsync(anonymous, phone, "欧阳娜娜");
        var id = await IdOfAsync(staff, code);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "社会治理", level = "township" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/settle", new { note = "网格员张三已上门核实处理" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer = "已更换路灯。" }).ExpectAsync(HttpStatusCode.OK);

        using var response = await anonymous.GetAsync($"/api/stations/opinions/track/{code.ToLowerInvariant()}");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(json).RootElement;
        Assert.Equal("answered", body.GetProperty("status").GetString());
        Assert.Equal("已更换路灯。", body.GetProperty("answer").GetString());
        Assert.Equal(4, body.GetProperty("steps").GetArrayLength());
        Assert.DoesNotContain(phone, json, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[^4..], json, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳", json, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", json, StringComparison.Ordinal);
        Assert.DoesNotContain("station-staff", json, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "phone", "name", "citizen", "actor", "idNumber", "unitCode", "note", "content" })
        {
            Assert.DoesNotContain($"\"{forbidden}", json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/stations/opinions/track/ABCDEFGHJKMN")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/stations/opinions/track/x")).StatusCode);
    }

    [Fact]
    public async Task Phones_and_id_numbers_are_masked_in_every_staff_list_and_response_and_a_personal_read_is_audited()
    {
        using var staff = _service.Staff();
        const string phone = "13812349876";
        var id = await Api.RegisterOpinionAsync(staff, StationsFactory.Township, phone);

        foreach (var url in new[] { "/api/stations/opinions", $"/api/stations/opinions/{id}", $"/api/stations/opinions?divisionCode={StationsFactory.Township}&open=true" })
        {
            var text = await staff.GetStringAsync(url);
            Assert.Contains("138****9876", text, StringComparison.Ordinal);
            Assert.DoesNotContain(phone, text, StringComparison.Ordinal);
            Assert.DoesNotContain("411302199001011234", text, StringComparison.Ordinal);
            Assert.DoesNotContain("刘建华", text, StringComparison.Ordinal);
        }

        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "交通出行", level = "village" }).ExpectAsync(HttpStatusCode.OK).ContinueWith(
            task => Assert.DoesNotContain(phone, task.Result.ToString(), StringComparison.Ordinal), TaskScheduler.Default);

        var reader = TestTokens.Subject(Roles.StationStaff, StationsFactory.Township);
        using var readerClient = _service.CreateClient(reader);
        var personal = await readerClient.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}/personal");
        Assert.Equal(phone, personal.GetProperty("citizenPhone").GetString());

        var audit = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}/audit");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal(reader.AccountId, entry.GetProperty("actorId").GetGuid());
        Assert.Equal(id, entry.GetProperty("recordId").GetGuid());
        Assert.Equal("read-personal-data", entry.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Opinions_of_a_sibling_or_parent_division_are_404_and_creating_there_is_403()
    {
        using var countyStaff = _service.Staff(StationsFactory.County);
        using var townStaff = _service.Staff(StationsFactory.Township);
        using var siblingStaff = _service.Staff(StationsFactory.SiblingTownship);
        var countyOpinion = await Api.RegisterOpinionAsync(countyStaff, StationsFactory.County);
        var townOpinion = await Api.RegisterOpinionAsync(townStaff, StationsFactory.Township);

        await countyStaff.GetAsync($"/api/stations/opinions/{townOpinion}").ExpectAsync(HttpStatusCode.OK);
        await siblingStaff.GetAsync($"/api/stations/opinions/{townOpinion}").ExpectAsync(HttpStatusCode.NotFound);
        await townStaff.GetAsync($"/api/stations/opinions/{countyOpinion}").ExpectAsync(HttpStatusCode.NotFound);
        await siblingStaff.PostAsJsonAsync($"/api/stations/opinions/{townOpinion}/sort", new { category = "x", level = "village" }).ExpectAsync(HttpStatusCode.NotFound);
        await siblingStaff.GetAsync($"/api/stations/opinions/{townOpinion}/personal").ExpectAsync(HttpStatusCode.NotFound);
        var siblingList = await siblingStaff.GetFromJsonAsync<JsonElement>("/api/stations/opinions");
        Assert.DoesNotContain(siblingList.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == townOpinion);

        await townStaff.PostAsJsonAsync("/api/stations/opinions", new { channel = "visit", divisionCode = StationsFactory.SiblingTownship, content = "x" })
            .ExpectAsync(HttpStatusCode.Forbidden);
        await townStaff.PostAsJsonAsync("/api/stations/opinions", new { channel = "visit", divisionCode = StationsFactory.County, content = "x" })
            .ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lists_answer_one_page_shape_and_refuse_pages_above_the_maximum()
    {
        using var staff = _service.Staff();
        await Api.RegisterOpinionAsync(staff, StationsFactory.Township, StationsFactory.RandomPhone());

        var page = await staff.GetFromJsonAsync<JsonElement>("/api/stations/opinions");
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        await staff.GetAsync("/api/stations/opinions?pageSize=101").ExpectInvalidAsync("pageSize");
        await staff.GetAsync("/api/stations/opinions?page=0").ExpectInvalidAsync("page");
        await staff.GetAsync("/api/stations/bookings?pageSize=200").ExpectInvalidAsync("pageSize");
    }

    [Theory]
    [InlineData("/api/stations/stations")]
    [InlineData("/api/stations/roster")]
    [InlineData("/api/stations/roster/shifts")]
    [InlineData("/api/stations/hearings")]
    [InlineData("/api/stations/hearings/letters")]
    [InlineData("/api/stations/public/stations?divisionCode=" + StationsFactory.Township)]
    [InlineData("/api/stations/public/shifts?divisionCode=" + StationsFactory.Township)]
    public async Task Every_list_answers_the_one_page_shape_and_refuses_a_page_size_above_the_maximum(string route)
    {
        using var staff = _service.Staff();
        var separator = route.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        var page = await staff.GetFromJsonAsync<JsonElement>(route);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        Assert.True(page.GetProperty("total").GetInt32() >= page.GetProperty("items").GetArrayLength());
        await staff.GetAsync($"{route}{separator}pageSize=101").ExpectInvalidAsync("pageSize");
    }

    [Fact]
    public async Task Citizens_and_anonymous_callers_cannot_read_the_staff_lists()
    {
        using var citizen = _service.CreateClient(TestTokens.Subject(Roles.Citizen, StationsFactory.Township));
        using var anonymous = _service.Anonymous();

        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/stations/opinions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/stations/opinions")).StatusCode);
    }

    [Fact]
    public async Task The_topic_a_citizen_chooses_is_the_opinions_category_until_staff_sort_it()
    {
        using var anonymous = _service.Anonymous();
        using var staff = _service.Staff();
        await anonymous.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "路口红绿灯时间太短。", category = Api.TooLong(Opinion.MaxCategoryLength),
        }).ExpectInvalidAsync("category");
        var submitted = await anonymous.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId = StationsFactory.TownDeputy, content = "路口红绿灯时间太短。", category = "交通出行",
        }).ExpectAsync(HttpStatusCode.Created);
        var id = await IdOfAsync(staff, submitted.GetProperty("trackingCode").GetString()!);

        var chosen = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");
        var filtered = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions?category={Uri.EscapeDataString("交通出行")}&pageSize=100");
        await staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "城乡建设", level = "township" }).ExpectAsync(HttpStatusCode.OK);
        var sorted = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{id}");

        Assert.Equal("交通出行", chosen.GetProperty("category").GetString());
        Assert.Contains(filtered.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
        Assert.Equal("城乡建设", sorted.GetProperty("category").GetString());
        Assert.Contains(sorted.GetProperty("steps").EnumerateArray(), step => step.GetProperty("note").GetString() == "城乡建设 · 乡镇（街道）");
    }

    private static async Task<Guid> IdOfAsync(HttpClient staff, string code)
    {
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

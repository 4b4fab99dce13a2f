using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Stations.Tests;

/// <summary>问政 sessions with their follow-up letters, and the monthly 民情专报.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class HearingsAndBulletinsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly StationsFactory _service = new(infrastructure);

    [Fact]
    public async Task A_hearing_is_published_a_month_ahead_collects_leads_is_held_and_its_letters_are_answered_within_a_month()
    {
        using var staff = _service.Staff(StationsFactory.County);
        using var deputy = _service.Deputy(StationsFactory.TownDeputy, StationsFactory.County);
        using var unit = _service.CreateClient(TestTokens.Subject(Roles.HandlingUnit, StationsFactory.County, unitCode: "411302-ZJJ"));
        var now = _service.Clock.GetUtcNow();

        await staff.PostAsJsonAsync("/api/stations/hearings", Hearing(now.AddDays(20))).ExpectInvalidAsync("heldAt");
        var hearing = await staff.PostAsJsonAsync("/api/stations/hearings", Hearing(now.AddMonths(1).AddDays(1))).ExpectAsync(HttpStatusCode.Created);
        var id = hearing.GetProperty("id").GetGuid();
        await deputy.PostAsJsonAsync($"/api/stations/hearings/{id}/leads", new { content = "老旧小区加装电梯进度慢" }).ExpectAsync(HttpStatusCode.OK);
        await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/session", Session()).ExpectAsync(HttpStatusCode.Conflict);
        await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/letters", Letter()).ExpectAsync(HttpStatusCode.Conflict);

        _service.Clock.Advance(TimeSpan.FromDays(33));
        await deputy.PostAsJsonAsync($"/api/stations/hearings/{id}/leads", new { content = "太晚了" }).ExpectAsync(HttpStatusCode.Conflict);
        var held = await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/session", Session()).ExpectAsync(HttpStatusCode.OK);
        var letter = await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/letters", Letter()).ExpectAsync(HttpStatusCode.Created);
        var letterId = letter.GetProperty("id").GetGuid();
        var unitLetters = await unit.GetFromJsonAsync<JsonElement>("/api/stations/hearings/letters");
        var answered = await unit.PostAsJsonAsync($"/api/stations/hearings/letters/{letterId}/answer", new { answer = "已制定加装电梯三年计划。" }).ExpectAsync(HttpStatusCode.OK);
        await unit.PostAsJsonAsync($"/api/stations/hearings/letters/{letterId}/answer", new { answer = "again" }).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Equal("held", held.GetProperty("status").GetString());
        Assert.Single(held.GetProperty("leads").EnumerateArray());
        Assert.Equal(letterId, Assert.Single(unitLetters.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(
            letter.GetProperty("issuedAt").GetDateTimeOffset().AddMonths(1),
            letter.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        var set = Assert.Single(await _service.OutboxAsync("DeadlineSet"), e => e.GetProperty("itemId").GetGuid() == letterId);
        Assert.Equal(("follow-up-letter", "411302-ZJJ"), (set.GetProperty("itemKind").GetString(), set.GetProperty("unitCode").GetString()));
        Assert.Single(await _service.OutboxAsync("DeadlineMet"), e => e.GetProperty("itemId").GetGuid() == letterId);
    }

    [Fact]
    public async Task The_monthly_bulletin_counts_by_category_and_status_lists_open_items_and_exports_to_Excel()
    {
        using var staff = _service.Staff(StationsFactory.County);
        using var townStaff = _service.Staff();
        var first = await Api.RegisterOpinionAsync(townStaff, StationsFactory.Township);
        var second = await Api.RegisterOpinionAsync(townStaff, StationsFactory.Township);
        await Api.RegisterOpinionAsync(_service.Staff(StationsFactory.OtherCounty), StationsFactory.OtherCounty);
        await townStaff.PostAsJsonAsync($"/api/stations/opinions/{first}/sort", new { category = "交通出行", level = "county" }).ExpectAsync(HttpStatusCode.OK);
        await townStaff.PostAsJsonAsync($"/api/stations/opinions/{first}/settle", new { note = "已处理" }).ExpectAsync(HttpStatusCode.OK);
        await townStaff.PostAsJsonAsync($"/api/stations/opinions/{first}/feedback", new { answer = "已解决" }).ExpectAsync(HttpStatusCode.OK);
        var month = _service.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var bulletin = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/bulletins?division={StationsFactory.County}&month={month}");

        Assert.Equal(2, bulletin.GetProperty("total").GetInt32());
        Assert.Equal(1, bulletin.GetProperty("answered").GetInt32());
        Assert.Contains(bulletin.GetProperty("byCategory").EnumerateArray(), c => c.GetProperty("label").GetString() == "交通出行" && c.GetProperty("count").GetInt32() == 1);
        Assert.Contains(bulletin.GetProperty("byStatus").EnumerateArray(), c => c.GetProperty("key").GetString() == "answered" && c.GetProperty("count").GetInt32() == 1);
        Assert.Equal(second, Assert.Single(bulletin.GetProperty("openItems").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Contains(bulletin.GetProperty("notableCases").EnumerateArray(), c => c.GetProperty("id").GetGuid() == first);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stations/bulletins?division={StationsFactory.County}&month={month}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var excel = await staff.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        Assert.Equal("查询码", workbook.Worksheet("未办结事项").Cell(1, 1).GetString());
        Assert.Equal(2, workbook.Worksheet("未办结事项").LastRowUsed().RowNumber());
        using var suffix = await staff.GetAsync($"/api/stations/bulletins/excel?division={StationsFactory.County}&month={month}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", suffix.Content.Headers.ContentType?.MediaType);

        await staff.GetAsync($"/api/stations/bulletins?division={StationsFactory.County}&month=2026-13").ExpectInvalidAsync("month");
        await townStaff.GetAsync($"/api/stations/bulletins?division={StationsFactory.County}&month={month}").ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Over_long_fields_huge_question_lists_and_null_questions_are_400_naming_the_field_and_nothing_is_stored()
    {
        using var staff = _service.Staff(StationsFactory.County);
        var heldAt = _service.Clock.GetUtcNow().AddMonths(1).AddDays(1);
        var hearingsBefore = await _service.WithDbAsync(db => db.Hearings.IgnoreQueryFilters().CountAsync());
        Dictionary<string, object?> Publish(string field, object? value)
        {
            var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Hearing(heldAt)))!;
            body[field] = value;
            return body;
        }

        await staff.PostAsJsonAsync("/api/stations/hearings", Publish("title", Api.TooLong(Domain.Hearing.MaxTitleLength))).ExpectInvalidAsync("title");
        await staff.PostAsJsonAsync("/api/stations/hearings", Publish("topic", Api.TooLong(Domain.Hearing.MaxTopicLength))).ExpectInvalidAsync("topic");
        await staff.PostAsJsonAsync("/api/stations/hearings", Publish("place", Api.TooLong(Domain.Hearing.MaxPlaceLength))).ExpectInvalidAsync("place");
        await staff.PostAsJsonAsync("/api/stations/hearings", Publish("officials", Api.TooLong(Domain.Hearing.MaxOfficialsLength))).ExpectInvalidAsync("officials");
        await staff.PostAsJsonAsync("/api/stations/hearings", Publish("divisionCode", new string('4', 100_000))).ExpectInvalidAsync("divisionCode");
        Assert.Equal(hearingsBefore, await _service.WithDbAsync(db => db.Hearings.IgnoreQueryFilters().CountAsync()));

        var id = (await staff.PostAsJsonAsync("/api/stations/hearings", Hearing(heldAt)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/leads", new { content = Api.TooLong(Domain.Hearing.MaxLeadLength) }).ExpectInvalidAsync("content");
        _service.Clock.Advance(TimeSpan.FromDays(33));
        var question = new { question = "加装电梯何时完成？", askedBy = "王志强代表", answer = "年底前完成首批。", answeredBy = "区住建局局长" };
        var sessions = new (object Body, string Named)[]
        {
            (new { questions = Enumerable.Repeat(question, 5000).ToArray() }, "questions"),
            (new { questions = new[] { question, null } }, "questions[1]"),
            (new { questions = new[] { question with { question = Api.TooLong(Domain.Hearing.MaxQuestionLength) } } }, "questions[0].question"),
            (new { questions = new[] { question with { askedBy = Api.TooLong(Domain.Hearing.MaxSpeakerLength) } } }, "questions[0].askedBy"),
            (new { questions = new[] { question with { answer = Api.TooLong(Domain.Hearing.MaxAnswerLength) } } }, "questions[0].answer"),
            (new { questions = new[] { question with { answeredBy = Api.TooLong(Domain.Hearing.MaxSpeakerLength) } } }, "questions[0].answeredBy"),
            (new { questions = new[] { question }, summary = Api.TooLong(Domain.Hearing.MaxSummaryLength) }, "summary"),
        };
        foreach (var (body, named) in sessions)
        {
            await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/session", body).ExpectInvalidAsync(named);
        }

        var published = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/hearings/{id}");
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal(0, published.GetProperty("leads").GetArrayLength());
        Assert.Equal(0, published.GetProperty("questions").GetArrayLength());

        await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/session", Session()).ExpectAsync(HttpStatusCode.OK);
        var letters = new (object Body, string Named)[]
        {
            (new { unitCode = Api.TooLong(StationsLimits.MaxUnitCodeLength), subject = "加装电梯推进", body = "请答复。" }, "unitCode"),
            (new { unitCode = "411302-ZJJ", subject = Api.TooLong(FollowUpLetter.MaxSubjectLength), body = "请答复。" }, "subject"),
            (new { unitCode = "411302-ZJJ", subject = "加装电梯推进", body = Api.TooLong(FollowUpLetter.MaxBodyLength) }, "body"),
        };
        foreach (var (body, named) in letters)
        {
            await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/letters", body).ExpectInvalidAsync(named);
        }

        Assert.Equal(0, await _service.WithDbAsync(db => db.FollowUpLetters.IgnoreQueryFilters().CountAsync(l => l.HearingId == id)));
        var letterId = (await staff.PostAsJsonAsync($"/api/stations/hearings/{id}/letters", Letter()).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await staff.PostAsJsonAsync($"/api/stations/hearings/letters/{letterId}/answer", new { answer = Api.TooLong(FollowUpLetter.MaxAnswerLength) }).ExpectInvalidAsync("answer");
        var issued = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/hearings/letters/{letterId}");
        Assert.Equal("issued", issued.GetProperty("status").GetString());
    }

    private static object Hearing(DateTimeOffset heldAt) => new
    {
        divisionCode = StationsFactory.County, title = "两进两问问政会", topic = "老旧小区改造", place = "区人大会议室", officials = "区住建局", heldAt,
    };

    private static object Session() => new
    {
        questions = new[] { new { question = "加装电梯何时完成？", askedBy = "王志强代表", answer = "年底前完成首批。", answeredBy = "区住建局局长" } },
        summary = "现场问答一项。",
    };

    private static object Letter() => new { unitCode = "411302-ZJJ", subject = "加装电梯推进", body = "请于一个月内书面答复。" };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();
}

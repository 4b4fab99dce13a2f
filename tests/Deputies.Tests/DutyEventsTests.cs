using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.Contracts;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>Other services' events become duty records and points exactly once, however often they arrive.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class DutyEventsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _service = new(infrastructure, "deputiesdb");
    private TestData _data = null!;

    public async Task InitializeAsync()
    {
        _data = new TestData(_service);
        using var client = _service.CreateClient();
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, "the service and its bus are ready");
    }

    public Task DisposeAsync() => _service.DisposeAsync().AsTask();

    private async Task PublishThreeTimesAsync<T>(T message)
        where T : IntegrationEvent
    {
        var bus = _service.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 3; i++)
        {
            await bus.Publish(message, context => context.MessageId = message.Id);
        }
    }

    private Task<List<DutyRecord>> RecordsAsync(Guid deputyId) =>
        _data.WithDbAsync(db => db.DutyRecords.Where(record => record.DeputyId == deputyId).OrderBy(record => record.Kind).ToListAsync());

    [Fact]
    public async Task Suggestion_shift_and_vote_events_delivered_three_times_record_each_duty_and_its_points_once()
    {
        // Custom rules: a suggestion earns 4, station duty 3, an evaluation 2.
        var congress = await _data.CongressAsync("411302",
        [
            new PointsRuleInput(DutyKinds.Suggestion, 4, 40),
            new PointsRuleInput(DutyKinds.StationDuty, 3, 30),
            new PointsRuleInput(DutyKinds.Evaluation, 2, 20),
        ]);
        var lead = await _data.DeputyAsync("411302001", congress);
        var coSigner = await _data.DeputyAsync("411302002", congress);
        var secondCoSigner = await _data.DeputyAsync("411302", congress);

        var suggestion = new SuggestionSubmitted(Guid.NewGuid(), "motion", "关于白河水环境治理的议案", "411302", lead.Id, [coSigner.Id, secondCoSigner.Id]);
        var shift = new DutyShiftServed(Guid.NewGuid(), lead.Id, Guid.NewGuid(), "新华街道人大代表联络站", "411302001", DateTimeOffset.UtcNow);
        var vote = new VoteParticipated(Guid.NewGuid(), "project-vote", "2027年民生实事项目", lead.Id, "411302");
        var evaluation = new VoteParticipated(Guid.NewGuid(), "evaluation", "市住建局满意度测评", coSigner.Id, "411302");
        await PublishThreeTimesAsync(suggestion);
        await PublishThreeTimesAsync(shift);
        await PublishThreeTimesAsync(vote);
        await PublishThreeTimesAsync(evaluation);

        // The same facts again under new message ids (a producer that published twice) change nothing either.
        var bus = _service.Services.GetRequiredService<IBus>();
        await bus.Publish(suggestion with { Id = Guid.NewGuid() });
        await bus.Publish(shift with { Id = Guid.NewGuid() });

        await Eventually.HoldsAsync(async () => (await RecordsAsync(lead.Id)).Count >= 3 && (await RecordsAsync(coSigner.Id)).Count >= 2
            && (await RecordsAsync(secondCoSigner.Id)).Count >= 1, "the duties are recorded");
        await Eventually.HoldsAsync(
            async () => await _data.WithDbAsync(db => db.Set<Messaging.InboxMessage>().CountAsync()) >= 6,
            "every delivery was handled");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var leadRecords = await RecordsAsync(lead.Id);
        Assert.Equal([DutyKinds.Evaluation, DutyKinds.StationDuty, DutyKinds.Suggestion], leadRecords.Select(record => record.Kind));
        Assert.All(leadRecords, record => Assert.Equal(DutySources.Event, record.Source));
        Assert.Contains(leadRecords, record => record.Title.Contains("领衔提出议案", StringComparison.Ordinal));
        Assert.Equal([DutyKinds.Evaluation, DutyKinds.Suggestion], (await RecordsAsync(coSigner.Id)).Select(record => record.Kind));
        Assert.Equal([DutyKinds.Suggestion], (await RecordsAsync(secondCoSigner.Id)).Select(record => record.Kind));

        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411302"));
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        Assert.Equal(4 + 3 + 2, await TotalAsync(staff, lead.Id, year));
        Assert.Equal(4 + 2, await TotalAsync(staff, coSigner.Id, year));
        Assert.Equal(4, await TotalAsync(staff, secondCoSigner.Id, year));
    }

    [Fact]
    public async Task An_event_for_an_unknown_deputy_records_nothing_and_does_not_block_the_queue()
    {
        var deputy = await _data.DeputyAsync("411302001");
        var bus = _service.Services.GetRequiredService<IBus>();
        await bus.Publish(new DutyShiftServed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "某站", "411302001", DateTimeOffset.UtcNow));
        await bus.Publish(new DutyShiftServed(Guid.NewGuid(), deputy.Id, Guid.NewGuid(), "某站", "411302001", DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync(async () => (await RecordsAsync(deputy.Id)).Count == 1, "the known deputy's duty is recorded");
    }

    private static async Task<int> TotalAsync(HttpClient client, Guid deputyId, int year)
    {
        var points = await client.GetFromJsonAsync<JsonElement>($"/api/deputies/deputies/{deputyId}/points?year={year}");
        return points.GetProperty("total").GetInt32();
    }
}

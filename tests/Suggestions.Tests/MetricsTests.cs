using Microsoft.Extensions.Hosting;
using RenminDaibiao.Suggestions.Infrastructure;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>The business metrics operators see on the dashboard next to the runtime ones.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class MetricsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly SuggestionsHarness _h = new(infrastructure);

    public Task InitializeAsync() => _h.RegisterUnitsAsync();

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task A_submit_counts_one_suggestion_submitted_and_a_passed_deadline_counts_it_overdue()
    {
        using var metrics = new RecordedMetrics(_h.Factory.Services, SuggestionsMetrics.MeterName);

        var id = await _h.InStateAsync("assigned");
        var dueAt = (await _h.GetAsync(id)).GetProperty("dueAt").GetDateTimeOffset();

        Assert.Equal(1, metrics.Sum(SuggestionsMetrics.SubmittedInstrument));
        await Eventually.HoldsAsync(() => metrics.Observe(SuggestionsMetrics.OverdueInstrument) == 0, "nothing is overdue before the deadline");

        _h.Factory.Clock.Advance(dueAt - _h.Factory.Clock.GetUtcNow() + DatabaseCountGauge<SuggestionsContext>.RefreshPeriod);

        await Eventually.HoldsAsync(() => metrics.Observe(SuggestionsMetrics.OverdueInstrument) == 1, "the assigned suggestion counts as overdue once its deadline passed");
    }
}

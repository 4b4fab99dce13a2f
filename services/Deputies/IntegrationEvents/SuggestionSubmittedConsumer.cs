using MassTransit;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.IntegrationEvents;

/// <summary>A suggestion or motion counts as a duty for its lead deputy and every co-signer.</summary>
public sealed class SuggestionSubmittedConsumer(DeputiesContext db, TimeProvider clock, ILogger<SuggestionSubmittedConsumer> logger)
    : IdempotentConsumer<SuggestionSubmitted, DeputiesContext>(db)
{
    protected override async Task HandleAsync(SuggestionSubmitted message, ConsumeContext<SuggestionSubmitted> context, CancellationToken ct)
    {
        var motion = string.Equals(message.Kind, "motion", StringComparison.OrdinalIgnoreCase);
        var date = ChinaTime.DateOf(message.OccurredAt);
        var sourceKey = $"suggestion:{message.SuggestionId}";
        await DutyRecorder.RecordAsync(
            Db, logger, message.LeadDeputyId, DutyKinds.Suggestion, $"{(motion ? "领衔提出议案" : "提出建议")}：{message.Title}",
            date, sourceKey, clock.GetUtcNow(), ct);
        foreach (var coSigner in (message.CoSignerDeputyIds ?? []).Distinct().Where(id => id != message.LeadDeputyId))
        {
            await DutyRecorder.RecordAsync(
                Db, logger, coSigner, DutyKinds.Suggestion, $"{(motion ? "附议议案" : "联名提出建议")}：{message.Title}",
                date, sourceKey, clock.GetUtcNow(), ct);
        }
    }
}

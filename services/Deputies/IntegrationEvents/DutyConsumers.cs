using MassTransit;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Contracts.Voting;
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
        var date = DutyRecorder.ChinaDate(message.OccurredAt);
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

/// <summary>A served reception shift is station duty (进站履职).</summary>
public sealed class DutyShiftServedConsumer(DeputiesContext db, TimeProvider clock, ILogger<DutyShiftServedConsumer> logger)
    : IdempotentConsumer<DutyShiftServed, DeputiesContext>(db)
{
    protected override Task HandleAsync(DutyShiftServed message, ConsumeContext<DutyShiftServed> context, CancellationToken ct) =>
        DutyRecorder.RecordAsync(
            Db, logger, message.DeputyId, DutyKinds.StationDuty, $"进站接待选民：{message.StationName}",
            DutyRecorder.ChinaDate(message.ServedAt), $"shift:{message.ShiftId}", clock.GetUtcNow(), ct);
}

/// <summary>Taking part in a 民生实事 project vote or a satisfaction evaluation.</summary>
public sealed class VoteParticipatedConsumer(DeputiesContext db, TimeProvider clock, ILogger<VoteParticipatedConsumer> logger)
    : IdempotentConsumer<VoteParticipated, DeputiesContext>(db)
{
    protected override Task HandleAsync(VoteParticipated message, ConsumeContext<VoteParticipated> context, CancellationToken ct)
    {
        var title = string.Equals(message.Kind, "evaluation", StringComparison.OrdinalIgnoreCase)
            ? $"参加满意度测评：{message.Title}"
            : $"参加民生实事项目票决：{message.Title}";
        return DutyRecorder.RecordAsync(
            Db, logger, message.DeputyId, DutyKinds.Evaluation, title,
            DutyRecorder.ChinaDate(message.OccurredAt), $"vote:{message.VoteId}", clock.GetUtcNow(), ct);
    }
}

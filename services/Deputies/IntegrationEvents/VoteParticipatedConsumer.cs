using MassTransit;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.IntegrationEvents;

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
            ChinaTime.DateOf(message.OccurredAt), $"vote:{message.VoteId}", clock.GetUtcNow(), ct);
    }
}

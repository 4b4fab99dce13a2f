using MassTransit;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.IntegrationEvents;

/// <summary>A served reception shift is station duty (进站履职).</summary>
public sealed class DutyShiftServedConsumer(DeputiesContext db, TimeProvider clock, ILogger<DutyShiftServedConsumer> logger)
    : IdempotentConsumer<DutyShiftServed, DeputiesContext>(db)
{
    protected override Task HandleAsync(DutyShiftServed message, ConsumeContext<DutyShiftServed> context, CancellationToken ct) =>
        DutyRecorder.RecordAsync(
            Db, logger, message.DeputyId, DutyKinds.StationDuty, $"进站接待选民：{message.StationName}",
            ChinaTime.DateOf(message.ServedAt), $"shift:{message.ShiftId}", clock.GetUtcNow(), ct);
}

using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;

namespace RenminDaibiao.Deputies.IntegrationEvents;

/// <summary>Turns other services' events into duty records, at most one per deputy and source.</summary>
internal static partial class DutyRecorder
{
    public static async Task RecordAsync(
        DeputiesContext db, ILogger logger, Guid deputyId, string kind, string title, DateOnly date, string sourceKey,
        DateTimeOffset now, CancellationToken ct)
    {
        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == deputyId, ct);
        if (deputy is null)
        {
            LogUnknownDeputy(logger, deputyId, sourceKey);
            return;
        }

        var exists = db.DutyRecords.Local.Any(record => record.DeputyId == deputyId && record.SourceKey == sourceKey)
            || await db.DutyRecords.AnyAsync(record => record.DeputyId == deputyId && record.SourceKey == sourceKey, ct);
        if (exists)
        {
            return;
        }

        db.DutyRecords.Add(DutyRecord.Create(deputy, kind, title, null, date, DutySources.Event, null, sourceKey, now));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No deputy {DeputyId} for the duty from {SourceKey}; nothing recorded")]
    private static partial void LogUnknownDeputy(ILogger logger, Guid deputyId, string sourceKey);
}

using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.IntegrationEvents;

/// <summary>
/// What a consumer does when the opinion refuses an update: it logs it and carries on, because a retry would be
/// refused the same way (the opinion's state, not a passing fault, decides).
/// </summary>
internal static partial class OpinionUpdates
{
    public static void Log(ILogger logger, Opinion opinion, Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            Refused(logger, opinion.Id, opinion.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opinion {OpinionId} in state {Status} refused an update from Suggestions.")]
    private static partial void Refused(ILogger logger, Guid opinionId, OpinionStatus status);
}

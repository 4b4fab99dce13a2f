namespace RenminDaibiao.Voting.Domain;

public enum RectificationStatus
{
    /// <summary>Waiting for the subject to rectify (due 3 months after the evaluation closed).</summary>
    Rectifying,

    /// <summary>Rectified; the report to the standing committee is due 6 months after the evaluation closed.</summary>
    AwaitingReport,

    Reported,
}

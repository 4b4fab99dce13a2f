namespace RenminDaibiao.Stations.Domain;

public enum HearingStatus
{
    /// <summary>The notice is out; question leads are collected.</summary>
    Published,

    /// <summary>The session took place; its questions and answers are on record; follow-up letters may go out.</summary>
    Held,
}

namespace RenminDaibiao.Stations.Domain;

public enum LetterStatus
{
    Issued,
    Answered,
}

namespace RenminDaibiao.Voting.Domain;

public static class CandidateSources
{
    public const string Public = "public";
    public const string Government = "government";
    public const string Deputy = "deputy";
}

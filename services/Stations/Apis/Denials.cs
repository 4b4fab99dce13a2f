namespace RenminDaibiao.Stations.Apis;

/// <summary>The details of 403 answers that several endpoints give.</summary>
internal static class Denials
{
    public const string ForbiddenDivision = "无权在该行政区划下操作。";
}

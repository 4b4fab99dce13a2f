namespace RenminDaibiao.Deputies.Domain;

public static class WarningReasons
{
    public const string FewActivities = "few-activities";
    public const string BottomTwoYears = "bottom-two-years";

    public static string Label(string reason) => reason switch
    {
        FewActivities => "年度履职活动少于 3 次",
        _ => "连续两年积分排名末位 5%",
    };
}

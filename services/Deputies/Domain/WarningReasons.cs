namespace RenminDaibiao.Deputies.Domain;

public static class WarningReasons
{
    public const string FewActivities = "few-activities";
    public const string BottomTwoYears = "bottom-two-years";

    public static string Label(string reason) => reason switch
    {
        FewActivities => "全年闭会期间参加活动不足 3 次",
        _ => "连续两年积分排名末位 5%",
    };
}

namespace RenminDaibiao.Deputies.Domain;

/// <summary>Who recorded a duty: committee or station staff, the deputy, or another service's event.</summary>
public static class DutySources
{
    public const int MaxLength = 16;

    public const string Staff = "staff";
    public const string Deputy = "deputy";
    public const string Event = "event";

    public static string Label(string source) => source switch
    {
        Staff => "工作人员登记",
        Deputy => "代表自行登记",
        _ => "系统自动登记",
    };
}

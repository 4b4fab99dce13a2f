namespace RenminDaibiao.Notifications.Domain;

public static class ChannelNames
{
    public const string InApp = "in-app";
    public const string Sms = "sms";
    public const string WeChat = "wechat";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [InApp, Sms, WeChat, Email];

    public static bool IsValid(string? channel) => channel is not null && All.Contains(channel);
}

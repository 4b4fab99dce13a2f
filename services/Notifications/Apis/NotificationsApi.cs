using RenminDaibiao.Notifications.Hubs;

namespace RenminDaibiao.Notifications.Apis;

public static class NotificationsApi
{
    public const string HubPath = "/api/notifications/hub";

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapInboxApi();
        notifications.MapPreferencesApi();
        notifications.MapDeliveriesApi();
        app.MapHub<NotificationsHub>(HubPath).RequireAuthorization();
        return app;
    }
}

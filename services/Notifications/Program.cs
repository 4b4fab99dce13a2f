using RenminDaibiao.Notifications.Apis;
using RenminDaibiao.Notifications.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapNotificationsApi();
app.Run();

public partial class Program;

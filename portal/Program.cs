using System.Globalization;
using AntDesign;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using RenminDaibiao.Portal.Components;
using RenminDaibiao.Portal.Platform;

// People read Simplified Chinese: numbers, dates and AntDesign's own texts follow zh-CN.
var chinese = new CultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentCulture = chinese;
CultureInfo.DefaultThreadCurrentUICulture = chinese;
LocaleProvider.SetLocale("zh-CN");

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// Open interactive circuits never end by themselves: without a short limit a stop waits out the default 30 s and the
// orchestrator gives up on it (and kills it, which reads as a crash).
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAntDesign();
builder.Services.AddCascadingAuthenticationState();
builder.AddPlatformClient();
builder.AddPortalSessions();

// The gateway is the portal's only proxy; it forwards the browser's host and scheme, so links and redirects stay on it.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

var app = builder.Build();
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapPortalSessionEndpoints();
app.MapDownloads();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

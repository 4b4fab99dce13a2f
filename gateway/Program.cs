using RenminDaibiao.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

// Before authentication, so that a flood of requests without a token is limited too.
app.UseRateLimiter();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiReference();
app.MapReverseProxy();
app.MapUnmatchedApi();
app.Run();

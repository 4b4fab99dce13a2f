using RenminDaibiao.Stations.Apis;
using RenminDaibiao.Stations.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStationsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapStationsApi();
app.Run();

public partial class Program;

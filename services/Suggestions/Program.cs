using RenminDaibiao.Suggestions.Apis;
using RenminDaibiao.Suggestions.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSuggestionsServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSuggestionsApi();
app.MapUnitsApi();
app.MapSupervisionApi();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

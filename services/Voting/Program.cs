using RenminDaibiao.Voting.Apis;
using RenminDaibiao.Voting.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVotingServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapCongressesApi();
app.MapCandidatesApi();
app.MapVotesApi();
app.MapEvaluationsApi();
app.MapProjectsApi();
app.MapCommitmentsApi();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

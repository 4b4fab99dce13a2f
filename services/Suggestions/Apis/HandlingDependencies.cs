using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>What every handling endpoint needs, bound from services in one parameter.</summary>
public sealed record HandlingDependencies(SuggestionsContext Db, CurrentUser User, TimeProvider Clock);

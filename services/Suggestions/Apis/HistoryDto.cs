using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

public sealed record HistoryDto(string Action, SuggestionState? From, SuggestionState To, Guid ActorId, string ActorName, string? Reason, DateTimeOffset At);

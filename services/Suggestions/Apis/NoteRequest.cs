namespace RenminDaibiao.Suggestions.Apis;

public sealed record NoteRequest(string? Note);

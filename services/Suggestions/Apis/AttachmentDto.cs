namespace RenminDaibiao.Suggestions.Apis;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

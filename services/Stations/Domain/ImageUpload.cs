using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>A picture as received: the declared content type and the bytes.</summary>
public sealed record ImageUpload(string? ContentType, byte[]? Data);

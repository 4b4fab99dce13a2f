namespace RenminDaibiao.Suggestions.Domain;

/// <summary>A file attached to a suggestion, kept in the database or, when a folder is configured, on disk.</summary>
public sealed class Attachment
{
    public const long MaxSize = 5 * 1024 * 1024;
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;
    public const int MaxStoragePathLength = 200;

    private Attachment()
    {
        FileName = "";
        ContentType = "";
    }

    public Guid Id { get; private set; }

    public Guid SuggestionId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>The bytes, when stored in the database.</summary>
    public byte[]? Content { get; private set; }

    /// <summary>The file name under the configured folder, when stored on disk.</summary>
    public string? StoragePath { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static Attachment Create(Guid suggestionId, string fileName, string contentType, long size, Guid uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        SuggestionId = suggestionId,
        FileName = fileName,
        ContentType = contentType,
        Size = size,
        UploadedBy = uploadedBy,
        UploadedAt = now,
    };

    public void StoreInDatabase(byte[] content) => Content = content;

    public void StoreOnDisk(string storagePath) => StoragePath = storagePath;
}

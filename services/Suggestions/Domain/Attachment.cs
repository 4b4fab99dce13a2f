using System.IO.Compression;

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

/// <summary>The allowed attachment types, recognised by their content signature, not only by the file name.</summary>
public static class AttachmentTypes
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The content type of an allowed file whose content matches its extension; null otherwise.</summary>
    public static string? Detect(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName);
        if (!ContentTypes.TryGetValue(extension, out var contentType))
        {
            return null;
        }

        var matches = extension.ToLowerInvariant() switch
        {
            ".pdf" => content.StartsWith("%PDF-"u8),
            ".jpg" or ".jpeg" => content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
            ".png" => content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            ".docx" => IsOfficePackage(content, "word/"),
            ".xlsx" => IsOfficePackage(content, "xl/"),
            _ => false,
        };
        return matches ? contentType : null;
    }

    /// <summary>A docx/xlsx is a zip package with [Content_Types].xml and its main part folder.</summary>
    private static bool IsOfficePackage(ReadOnlySpan<byte> content, string partFolder)
    {
        if (!content.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                && zip.Entries.Any(e => e.FullName.StartsWith(partFolder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

namespace RenminDaibiao.Suggestions.Infrastructure;

/// <summary>"Suggestions:Attachments": where attachment bytes go. Without a folder they are stored in the database.</summary>
public sealed class AttachmentStorageOptions
{
    public const string SectionName = "Suggestions:Attachments";

    public string? Folder { get; set; }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Attachments of a suggestion: pdf, jpg, png, docx or xlsx up to 5 MB, checked by content signature.</summary>
public static class AttachmentsApi
{
    public static void Map(RouteGroupBuilder suggestions)
    {
        suggestions.MapPost("/{id:guid}/attachments", UploadAsync).DisableAntiforgery();
        suggestions.MapGet("/{id:guid}/attachments", ListAsync);
        suggestions.MapGet("/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(
        Guid id, HttpRequest request, [AsParameters] HandlingDependencies d, IOptions<AttachmentStorageOptions> storage, CancellationToken ct)
    {
        var suggestion = await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User).Where(s => s.Id == id).Select(s => new { s.Id }).FirstOrDefaultAsync(ct);
        if (suggestion is null)
        {
            return TypedResults.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Access.Invalid("file", "请以 multipart/form-data 上传附件。");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Access.Invalid("file", "附件无法读取或超过大小限制（5 MB）。");
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return Access.Invalid("file", "请选择要上传的附件。");
        }

        if (file.Length > Attachment.MaxSize)
        {
            return Access.Invalid("file", "附件不能超过 5 MB。");
        }

        var fileName = Path.GetFileName(file.FileName ?? "");
        if (fileName.Length is 0 or > Attachment.MaxFileNameLength)
        {
            return Access.Invalid("file", "文件名无效或过长。");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        var contentType = AttachmentTypes.Detect(fileName, content);
        if (contentType is null)
        {
            return Access.Invalid("file", "只允许上传 pdf、jpg、png、docx、xlsx 格式的文件，且文件内容须与扩展名一致。");
        }

        var attachment = Attachment.Create(id, fileName, contentType, content.Length, d.User.Id, d.Clock.GetUtcNow());
        if (storage.Value.Folder is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var storedName = $"{attachment.Id:N}{Path.GetExtension(fileName).ToLowerInvariant()}";
            await File.WriteAllBytesAsync(Path.Combine(folder, storedName), content, ct);
            attachment.StoreOnDisk(storedName);
        }
        else
        {
            attachment.StoreInDatabase(content);
        }

        d.Db.Attachments.Add(attachment);
        await d.Db.SaveChangesAsync(ct);
        return TypedResults.Created(
            $"/api/suggestions/suggestions/{id}/attachments/{attachment.Id}",
            new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedAt));
    }

    private static async Task<IResult> ListAsync(Guid id, [AsParameters] HandlingDependencies d, CancellationToken ct)
    {
        if (!await d.Db.Suggestions.VisibleTo(d.User).AnyAsync(s => s.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var attachments = await d.Db.Attachments.AsNoTracking().Where(a => a.SuggestionId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync(ct);
        return TypedResults.Ok(attachments);
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, Guid attachmentId, [AsParameters] HandlingDependencies d, IOptions<AttachmentStorageOptions> storage, CancellationToken ct)
    {
        if (!await d.Db.Suggestions.VisibleTo(d.User).AnyAsync(s => s.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var attachment = await d.Db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.SuggestionId == id, ct);
        if (attachment is null)
        {
            return TypedResults.NotFound();
        }

        byte[]? content = attachment.Content;
        if (content is null && attachment.StoragePath is { } path && storage.Value.Folder is { Length: > 0 } folder)
        {
            var full = Path.Combine(folder, Path.GetFileName(path));
            content = File.Exists(full) ? await File.ReadAllBytesAsync(full, ct) : null;
        }

        return content is null ? TypedResults.NotFound() : TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;
using RenminDaibiao.Suggestions.Infrastructure;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>Attachments of a suggestion: pdf, jpg, png, docx or xlsx up to 5 MB, checked by content signature.</summary>
public static class AttachmentsApi
{
    public static void Map(RouteGroupBuilder suggestions)
    {
        suggestions.MapPost("/{id:guid}/attachments", UploadAsync).DisableAntiforgery().WithSummary("上传建议附件");
        suggestions.MapGet("/{id:guid}/attachments", ListAsync).WithSummary("列出建议附件（分页）");
        suggestions.MapGet("/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync).WithSummary("下载建议附件");
    }

    private static async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> UploadAsync(
        Guid id, HttpRequest request, [AsParameters] HandlingDependencies d, IOptions<AttachmentStorageOptions> storage, CancellationToken ct)
    {
        var suggestion = await d.Db.Suggestions.AsNoTracking().VisibleTo(d.User).Where(s => s.Id == id).Select(s => new { s.Id }).FirstOrDefaultAsync(ct);
        if (suggestion is null)
        {
            return Problems.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "请以 multipart/form-data 上传附件。");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problems.Invalid("file", "附件无法读取或超过大小限制（5 MB）。");
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return Problems.Invalid("file", "请选择要上传的附件。");
        }

        if (file.Length > Attachment.MaxSize)
        {
            return Problems.Invalid("file", "附件不能超过 5 MB。");
        }

        var fileName = Path.GetFileName(file.FileName ?? "");
        if (fileName.Length is 0 or > Attachment.MaxFileNameLength)
        {
            return Problems.Invalid("file", "文件名无效或过长。");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        var contentType = AttachmentTypes.Detect(fileName, content);
        if (contentType is null)
        {
            return Problems.Invalid("file", "只允许上传 pdf、jpg、png、docx、xlsx 格式的文件，且文件内容须与扩展名一致。");
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

    private static async Task<Results<Ok<PagedList<AttachmentDto>>, ProblemHttpResult>> ListAsync(
        Guid id, [AsParameters] HandlingDependencies d, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new Primitives.DomainErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (!await d.Db.Suggestions.VisibleTo(d.User).AnyAsync(s => s.Id == id, ct))
        {
            return Problems.NotFound();
        }

        return TypedResults.Ok(await d.Db.Attachments.AsNoTracking().Where(a => a.SuggestionId == id).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToPageAsync(request, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, Guid attachmentId, [AsParameters] HandlingDependencies d, IOptions<AttachmentStorageOptions> storage, CancellationToken ct)
    {
        if (!await d.Db.Suggestions.VisibleTo(d.User).AnyAsync(s => s.Id == id, ct))
        {
            return Problems.NotFound();
        }

        var attachment = await d.Db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.SuggestionId == id, ct);
        if (attachment is null)
        {
            return Problems.NotFound();
        }

        byte[]? content = attachment.Content;
        if (content is null && attachment.StoragePath is { } path && storage.Value.Folder is { Length: > 0 } folder)
        {
            var full = Path.Combine(folder, Path.GetFileName(path));
            content = File.Exists(full) ? await File.ReadAllBytesAsync(full, ct) : null;
        }

        if (content is null)
        {
            return Problems.NotFound();
        }

        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }
}

namespace RenminDaibiao.Notifications.Domain;

/// <summary>A message in an inbox, addressed to a role within an administrative division.</summary>
public sealed class Notification
{
    private Notification(
        Guid id, Guid sourceEventId, string recipientRole, string recipientDivisionCode, string title, string body,
        DateTimeOffset createdAt, string? traceId)
    {
        Id = id;
        SourceEventId = sourceEventId;
        RecipientRole = recipientRole;
        RecipientDivisionCode = recipientDivisionCode;
        Title = title;
        Body = body;
        CreatedAt = createdAt;
        TraceId = traceId;
    }

    public Guid Id { get; private set; }

    /// <summary>The integration event this message was made from.</summary>
    public Guid SourceEventId { get; private set; }

    public string RecipientRole { get; private set; }

    public string RecipientDivisionCode { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The trace of the request that caused it, so an operator can follow it back.</summary>
    public string? TraceId { get; private set; }

    public static Notification Create(
        Guid sourceEventId, string recipientRole, string recipientDivisionCode, string title, string body,
        DateTimeOffset createdAt, string? traceId) =>
        new(Guid.CreateVersion7(), sourceEventId, recipientRole, recipientDivisionCode, title, body, createdAt, traceId);
}

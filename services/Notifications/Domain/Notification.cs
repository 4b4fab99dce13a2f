namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// One message for one recipient on one channel, made from one source (an integration event or a fired
/// reminder). At most one exists per (source, recipient, channel). The in-app ones are the inbox.
/// </summary>
public sealed class Notification
{
    private Notification(
        Guid id, Guid sourceEventId, string recipientKey, string channel, string kind, string title, string body,
        string divisionCode, DateTimeOffset createdAt, string? traceId, string? recordKind, Guid? recordId, string? portalPath)
    {
        Id = id;
        SourceEventId = sourceEventId;
        RecipientKey = recipientKey;
        Channel = channel;
        Kind = kind;
        Title = title;
        Body = body;
        DivisionCode = divisionCode;
        CreatedAt = createdAt;
        TraceId = traceId;
        RecordKind = recordKind;
        RecordId = recordId;
        PortalPath = portalPath;
    }

    public Guid Id { get; private set; }

    /// <summary>The integration event (or reminder) this message was made from.</summary>
    public Guid SourceEventId { get; private set; }

    /// <summary>See <see cref="Domain.RecipientKey"/>; phone numbers appear masked.</summary>
    public string RecipientKey { get; private set; }

    public string Channel { get; private set; }

    public string Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The division of the item the message is about.</summary>
    public string DivisionCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The trace of the work that caused it, so an operator can follow it back to the request.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The kind of record the message is about (see <see cref="RecordKinds"/>); none on messages older than the field.</summary>
    public string? RecordKind { get; private set; }

    public Guid? RecordId { get; private set; }

    /// <summary>Where the recipient opens the record in the portal (see <see cref="PortalPaths"/>).</summary>
    public string? PortalPath { get; private set; }

    public static Notification Create(
        Guid sourceEventId, RecipientKey recipient, string channel, PlannedMessage message, DateTimeOffset createdAt, string? traceId)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        return new(Guid.CreateVersion7(), sourceEventId, recipient.ToString(), channel, message.Kind, Truncate(message.Title, NotificationsLimits.MaxTitleLength),
            Truncate(message.Body, NotificationsLimits.MaxBodyLength), message.DivisionCode, createdAt.ToUniversalTime(), traceId,
            message.About?.Kind, message.About?.Id, PortalPaths.For(message.About, recipient));
    }

    internal static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

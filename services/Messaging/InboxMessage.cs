namespace RenminDaibiao.Messaging;

/// <summary>
/// Records that a consumer has processed a message id. Written in the same transaction as the
/// consumer's effect, so a redelivered message is recognised and skipped.
/// </summary>
public sealed class InboxMessage
{
    internal InboxMessage(Guid messageId, string consumer, DateTimeOffset processedAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        ProcessedAt = processedAt;
    }

    public Guid MessageId { get; private set; }

    /// <summary>Full name of the consumer type: one message may be handled by several consumers of a service.</summary>
    public string Consumer { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}

using Microsoft.EntityFrameworkCore;

namespace RenminDaibiao.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>
    /// Maps the outbox and inbox tables into a service's own model. Call it from OnModelCreating;
    /// the tables then appear in that service's migrations.
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            // The id comes from the event; EF must never replace it.
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Type).IsRequired();
            outbox.Property(m => m.Payload).IsRequired().HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).IsRequired();
            outbox.Property(m => m.CreatedAt).IsRequired();
            // Serves the relay's "unsent, oldest first" scan: SentAt IS NULL, then ordered by CreatedAt.
            outbox.HasIndex(m => new { m.SentAt, m.CreatedAt });
        });

        return modelBuilder.AddInbox();
    }

    /// <summary>
    /// Maps only the inbox table, for a service that consumes events but never publishes any
    /// (registered with <see cref="MessagingHostExtensions.AddEventConsumers"/>).
    /// </summary>
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            // The primary key is what makes a concurrent duplicate fail instead of running twice.
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.ProcessedAt).IsRequired();
        });

        return modelBuilder;
    }
}

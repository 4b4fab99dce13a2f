using Microsoft.EntityFrameworkCore;

namespace RenminDaibiao.Messaging.Tests;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Deputy> Deputies => Set<Deputy>();

    /// <summary>The observable effect of the test consumers: one row per handled message.</summary>
    public DbSet<Welcome> Welcomes => Set<Welcome>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Deputy>(deputy =>
        {
            deputy.ToTable("deputies");
            // Lets a test make SaveChanges fail on purpose.
            deputy.HasIndex(d => d.Name).IsUnique();
        });
        modelBuilder.Entity<Welcome>().ToTable("welcomes");
        modelBuilder.AddOutboxAndInbox();
    }
}

public sealed class Deputy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }
}

public sealed class Welcome
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DeputyId { get; set; }

    public Guid MessageId { get; set; }
}

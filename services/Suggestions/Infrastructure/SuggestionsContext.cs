using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

public sealed class SuggestionsContext(DbContextOptions<SuggestionsContext> options, IHttpContextAccessor accessor)
    : DbContext(options), IDivisionScopedContext
{
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<HandlingUnit> Units => Set<HandlingUnit>();

    public DbSet<Congress> Congresses => Set<Congress>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public string? DivisionScopePrefix => DivisionScope.PrefixFor(accessor);

    /// <summary>Moves the integration events the suggestions raised into the outbox, in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var suggestion in ChangeTracker.Entries<Suggestion>().Select(e => e.Entity).ToList())
        {
            foreach (var integrationEvent in suggestion.PendingEvents)
            {
                this.AddIntegrationEvent(integrationEvent);
            }

            suggestion.ClearPendingEvents();
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync so that pending integration events reach the outbox.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SuggestionsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

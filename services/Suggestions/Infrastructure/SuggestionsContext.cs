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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SuggestionsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

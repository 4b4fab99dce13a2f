using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Suggestions.Infrastructure;

public sealed class SuggestionsContext(DbContextOptions<SuggestionsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SuggestionsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}

using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Voting.Infrastructure;

public sealed class VotingContext(DbContextOptions<VotingContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VotingContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}

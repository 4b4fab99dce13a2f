using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

public sealed class VotingContext(DbContextOptions<VotingContext> options, IHttpContextAccessor accessor)
    : DbContext(options), IDivisionScopedContext
{
    public string? DivisionScopePrefix => DivisionScope.PrefixFor(accessor);

    public DbSet<Congress> Congresses => Set<Congress>();

    public DbSet<Seat> Seats => Set<Seat>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<EligibleVoter> EligibleVoters => Set<EligibleVoter>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<Ballot> Ballots => Set<Ballot>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Rectification> Rectifications => Set<Rectification>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VotingContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

public sealed class StationsContext(DbContextOptions<StationsContext> options, IHttpContextAccessor accessor)
    : DbContext(options), IDivisionScopedContext
{
    public DbSet<Station> Stations => Set<Station>();

    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();

    public DbSet<DutyShift> Shifts => Set<DutyShift>();

    public DbSet<Opinion> Opinions => Set<Opinion>();

    public DbSet<OpinionImage> OpinionImages => Set<OpinionImage>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Hearing> Hearings => Set<Hearing>();

    public DbSet<FollowUpLetter> FollowUpLetters => Set<FollowUpLetter>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public string? DivisionScopePrefix => DivisionScope.PrefixFor(accessor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StationsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

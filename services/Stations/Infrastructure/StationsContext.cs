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

    /// <summary>The replica of Deputies' deputies (<see cref="KnownDeputy"/>).</summary>
    public DbSet<KnownDeputy> Deputies => Set<KnownDeputy>();

    /// <summary>The replica's deputies among <paramref name="ids"/>, by id.</summary>
    public Task<Dictionary<Guid, KnownDeputy>> KnownDeputiesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Deputies.Where(deputy => ids.Contains(deputy.Id)).ToDictionaryAsync(deputy => deputy.Id, cancellationToken);

    public string? DivisionScopePrefix => DivisionScope.PrefixFor(accessor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StationsContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Infrastructure;

public sealed class DeputiesContext(DbContextOptions<DeputiesContext> options, IHttpContextAccessor? accessor = null)
    : DbContext(options), IDivisionScopedContext
{
    public DbSet<Division> Divisions => Set<Division>();

    public DbSet<Congress> Congresses => Set<Congress>();

    public DbSet<Deputy> Deputies => Set<Deputy>();

    public DbSet<DeputyGroup> Groups => Set<DeputyGroup>();

    public DbSet<Constituent> Constituents => Set<Constituent>();

    public DbSet<ConstituentContact> Contacts => Set<ConstituentContact>();

    public DbSet<DutyRecord> DutyRecords => Set<DutyRecord>();

    public DbSet<WarningReview> WarningReviews => Set<WarningReview>();

    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();

    /// <summary>The caller's subtree; null outside requests (consumers, seeding).</summary>
    public string? DivisionScopePrefix => accessor is null ? null : DivisionScope.PrefixFor(accessor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeputiesContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyDivisionScope(this);
    }
}

using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>Who may act for whom in this service, and the audit of staff reading a person's data.</summary>
internal static class Access
{
    public static bool IsStaff(this CurrentUser user) => user.IsInAnyRole(Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin);

    public static bool IsDeputy(this CurrentUser user, Guid deputyId) => user.IsInRole(Roles.Deputy) && user.DeputyId == deputyId;

    /// <summary>Staff of the division, or the deputy themself.</summary>
    public static bool MayActFor(this CurrentUser user, Guid deputyId) => user.IsStaff() || user.IsDeputy(deputyId);

    /// <summary>Audits a staff member's read of a person's data; the deputy reading their own is not audited.</summary>
    public static async Task AuditStaffReadAsync(
        this CurrentUser user, DeputiesContext db, string subject, Guid subjectId, string divisionCode, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaff())
        {
            return;
        }

        db.PersonalDataReads.Add(PersonalDataRead.Record(user.Id, user.Name, subject, subjectId, divisionCode, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}

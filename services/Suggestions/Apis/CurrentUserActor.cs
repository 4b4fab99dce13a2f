using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Apis;

/// <summary>The signed-in user as the domain knows an actor: a deputy's id, a unit's code, committee staff or not.</summary>
public static class CurrentUserActor
{
    public static bool IsCommitteeStaff(this CurrentUser user) => user.IsInAnyRole(Roles.CommitteeStaff, Roles.Admin);

    public static Actor ToActor(this CurrentUser user) => new(
        user.Id,
        user.Name,
        user.IsInRole(Roles.Deputy) ? user.DeputyId : null,
        user.IsInRole(Roles.HandlingUnit) ? user.UnitCode : null,
        user.IsCommitteeStaff());
}

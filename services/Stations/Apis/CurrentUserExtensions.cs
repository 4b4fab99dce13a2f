using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Apis;

/// <summary>What the endpoints read from the caller: who they are in the records, and whether they work for a station or committee.</summary>
internal static class CurrentUserExtensions
{
    public static Actor ToActor(this CurrentUser user)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "user";
        return new Actor(user.Id, user.Name, role);
    }

    public static bool IsStaff(this CurrentUser user) => user.IsInAnyRole(Roles.StationStaff, Roles.CommitteeStaff, Roles.Admin);
}

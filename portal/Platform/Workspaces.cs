using System.Security.Claims;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Portal.Platform;

/// <summary>Which workspace a signed-in person works in: their roles decide the menu they see and where they land.</summary>
public static class Workspaces
{
    public const string DeputyHome = "/deputy";

    public const string OpinionBoard = "/staff/opinions";

    /// <summary>The roles the opinion board serves; the Stations API lets exactly these handle opinions.</summary>
    public const string StaffRoles = $"{Roles.StationStaff},{Roles.CommitteeStaff},{Roles.Admin}";

    public static bool IsDeputy(ClaimsPrincipal user) => user.IsInRole(Roles.Deputy);

    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.StationStaff) || user.IsInRole(Roles.CommitteeStaff) || user.IsInRole(Roles.Admin);

    /// <summary>Where a person lands after signing in: their own workspace, or the public home when the portal has none for them yet.</summary>
    public static string HomeFor(ClaimsPrincipal user) =>
        IsDeputy(user) ? DeputyHome : IsStaff(user) ? OpinionBoard : "/";

    /// <summary>The workspace's name in the header.</summary>
    public static string TitleFor(ClaimsPrincipal user) =>
        IsDeputy(user) ? "代表履职"
        : user.IsInRole(Roles.StationStaff) ? "联络站工作台"
        : user.IsInRole(Roles.CommitteeStaff) ? "人大常委会工作台"
        : user.IsInRole(Roles.Admin) ? "系统管理"
        : "工作台";
}

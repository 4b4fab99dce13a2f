namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>The roles an account can hold; the values travel in the token's "role" claims.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string Deputy = "deputy";
    public const string StationStaff = "station-staff";
    public const string CommitteeStaff = "committee-staff";
    public const string HandlingUnit = "handling-unit";
    public const string Admin = "admin";

    /// <summary>
    /// Another service of the platform, calling an internal endpoint with a token it minted itself; never held by
    /// an account, so no one signs in with it.
    /// </summary>
    public const string Service = "service";

    public static IReadOnlyList<string> All { get; } = [Citizen, Deputy, StationStaff, CommitteeStaff, HandlingUnit, Admin];
}

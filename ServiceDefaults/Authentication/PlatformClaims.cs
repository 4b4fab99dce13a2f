namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>Claim names of the platform's access tokens (short JWT names, not the long WS-* URIs).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Division = "division";
    public const string DivisionPath = "division_path";

    /// <summary>The deputy record an account with the deputy role speaks for.</summary>
    public const string Deputy = "deputy";

    /// <summary>The handling unit (承办单位) code an account with the handling-unit role answers for.</summary>
    public const string Unit = "unit";
}

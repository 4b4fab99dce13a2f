using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>Lengths shared by several records of this service.</summary>
public static class SharedLimits
{
    /// <summary>The longest code <see cref="DivisionCodes.IsValid"/> accepts: a township's nine digits.</summary>
    public const int MaxDivisionCodeLength = 9;
}

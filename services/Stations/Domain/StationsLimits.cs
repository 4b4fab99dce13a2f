namespace RenminDaibiao.Stations.Domain;

/// <summary>
/// Limits shared by several aggregates; the aggregates keep their own (e.g. <see cref="Opinion.MaxContentLength"/>).
/// Domain validation refuses longer input (400 naming the field) and the EF configuration gives the columns the
/// same lengths, so each limit is stated once. Fields that take one of a fixed set of values (tier, channel,
/// level, kind, status) are bounded by that set; times and phone numbers by their formats; division codes by
/// <see cref="ServiceDefaults.DivisionCodes"/> (6 or 9 digits).
/// </summary>
public static class StationsLimits
{
    /// <summary>A handling unit's code (as in the unit claim of its accounts), e.g. 411302-ZJJ.</summary>
    public const int MaxUnitCodeLength = ServiceDefaults.UnitCodes.MaxLength;

    /// <summary>A citizen's or a deputy's name.</summary>
    public const int MaxPersonNameLength = 50;

    /// <summary>The signed-in user recorded as having done something (from the token, not typed in).</summary>
    public const int MaxActorNameLength = 100;
}

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>Column lengths that are storage only, not limits on input.</summary>
internal static class ColumnLengths
{
    /// <summary>Enums are stored by member name; the longest, RaisedAsSuggestion, has 18 characters.</summary>
    public const int EnumName = 20;
}

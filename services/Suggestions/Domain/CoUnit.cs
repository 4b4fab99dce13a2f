namespace RenminDaibiao.Suggestions.Domain;

/// <summary>A co-unit (协办单位) and the opinion it gave the lead unit.</summary>
public sealed class CoUnit(string unitCode)
{
    public string UnitCode { get; private set; } = unitCode;

    public string? Opinion { get; internal set; }

    public DateTimeOffset? OpinionAt { get; internal set; }
}

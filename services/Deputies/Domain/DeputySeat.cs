namespace RenminDaibiao.Deputies.Domain;

/// <summary>A seat in one congress (one level, one term).</summary>
public sealed class DeputySeat
{
    private DeputySeat()
    {
    }

    public Guid Id { get; private set; }

    public Guid CongressId { get; private set; }

    public string CongressName { get; private set; } = "";

    public string CongressDivisionCode { get; private set; } = "";

    public string Level { get; private set; } = "";

    public int Term { get; private set; }

    public string? Constituency { get; private set; }

    /// <summary>serving, resigned or removed.</summary>
    public string Status { get; private set; } = SeatStatuses.Serving;

    public DateTimeOffset Since { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    internal static DeputySeat Create(Congress congress, string? constituency, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CongressId = congress.Id,
        CongressName = congress.Name,
        CongressDivisionCode = congress.DivisionCode,
        Level = congress.Level,
        Term = congress.Term,
        Constituency = constituency,
        Status = SeatStatuses.Serving,
        Since = now,
        ChangedAt = now,
    };

    internal void ChangeStatus(string status, DateTimeOffset now)
    {
        Status = status;
        ChangedAt = now;
    }

    internal void FollowCongress(Congress congress)
    {
        CongressName = congress.Name;
        Term = congress.Term;
    }

    internal void ChangeConstituency(string constituency, DateTimeOffset now)
    {
        Constituency = constituency;
        ChangedAt = now;
    }
}

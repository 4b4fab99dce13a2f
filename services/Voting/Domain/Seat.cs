namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// Replica of one deputy's seat in one congress, kept from DeputySeatChanged. Only serving seats
/// make a deputy an eligible voter when a vote opens.
/// </summary>
public sealed class Seat
{
    public const string Serving = "serving";

    public Seat(Guid congressId, Guid deputyId, string name, string divisionCode, string status)
    {
        CongressId = congressId;
        DeputyId = deputyId;
        Name = name;
        DivisionCode = divisionCode;
        Status = Normalize(status);
    }

    public Guid CongressId { get; private set; }

    public Guid DeputyId { get; private set; }

    public string Name { get; private set; }

    public string DivisionCode { get; private set; }

    /// <summary>serving, resigned or removed (lower case).</summary>
    public string Status { get; private set; }

    public bool IsServing => Status == Serving;

    public void Update(string name, string divisionCode, string status)
    {
        Name = name;
        DivisionCode = divisionCode;
        Status = Normalize(status);
    }

    private static string Normalize(string status) => status.Trim().ToLowerInvariant();
}

namespace RenminDaibiao.Voting.Domain;

public sealed class Inspection(Guid id, DateOnly date, string inspectors, string notes, List<string> photos, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public DateOnly Date { get; private set; } = date;

    public string Inspectors { get; private set; } = inspectors;

    public string Notes { get; private set; } = notes;

    public List<string> Photos { get; private set; } = photos;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

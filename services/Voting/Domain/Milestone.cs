namespace RenminDaibiao.Voting.Domain;

public sealed class Milestone(Guid id, string title, DateOnly dueDate)
{
    public Guid Id { get; private set; } = id;

    public string Title { get; private set; } = title;

    public DateOnly DueDate { get; private set; } = dueDate;

    public DateTimeOffset? CompletedAt { get; private set; }

    internal void Complete(DateTimeOffset now) => CompletedAt = now;
}

namespace RenminDaibiao.Voting.Domain;

/// <summary>A candidate on a vote, or a department/official evaluated in a satisfaction evaluation.</summary>
public sealed class VoteItem(Guid id, string title, string? subjectKind, string? unitCode)
{
    public Guid Id { get; private set; } = id;

    public string Title { get; private set; } = title;

    /// <summary>Evaluations only: department or official.</summary>
    public string? SubjectKind { get; private set; } = subjectKind;

    /// <summary>Evaluations only: the handling unit that answers a rectification, when known.</summary>
    public string? UnitCode { get; private set; } = unitCode;
}

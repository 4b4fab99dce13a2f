namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// The maximum length of every free-text field and the maximum count of every list a Voting request
/// may carry. The aggregates refuse longer input (400 naming the field) and the EF configuration gives
/// the columns the same lengths, so each limit is stated here once. Fields that take one of a fixed set
/// of values (mode, source, stage, kind, choice, outcome) are bounded by that set; division codes by
/// <see cref="ServiceDefaults.DivisionCodes"/> (6 or 9 digits).
/// </summary>
public static class VotingLimits
{
    /// <summary>A handling unit's code (as in the unit claim of its accounts), e.g. 411302-ZJJ.</summary>
    public const int UnitCodeMaxLength = ServiceDefaults.UnitCodes.MaxLength;

    public const int UnitNameMaxLength = 100;

    public const int CandidateTitleMaxLength = 100;

    public const int CandidateDescriptionMaxLength = 4000;

    public const int ProposedByMaxLength = 100;

    public const int ReviewerMaxLength = 100;

    public const int ReviewReasonMaxLength = 1000;

    /// <summary>The title of a project vote or of an evaluation.</summary>
    public const int VoteTitleMaxLength = 200;

    /// <summary>The congress session of a project vote, or the year/round of an evaluation.</summary>
    public const int SessionMaxLength = 100;

    /// <summary>Candidates on one project vote, subjects of one evaluation, and so marks on one ballot.</summary>
    public const int VoteItemsMaxCount = 50;

    /// <summary>An explicit voter list of an evaluation (a county congress has a few hundred deputies).</summary>
    public const int VotersMaxCount = 3000;

    public const int SubjectNameMaxLength = 100;

    /// <summary>Receipt codes are 24 characters; a little room for spaces a voter types in.</summary>
    public const int ReceiptCodeMaxLength = 64;

    /// <summary>Rectification notes, rectification reports, inspection notes and review opinions.</summary>
    public const int NotesMaxLength = 4000;

    public const int MilestoneTitleMaxLength = 200;

    public const int InspectorsMaxLength = 500;

    public const int PhotosMaxCount = 20;

    public const int PhotoReferenceMaxLength = 500;

    public const int OfficialNameMaxLength = 50;

    public const int OfficialTitleMaxLength = 100;

    public const int CommitmentItemsMaxCount = 50;

    public const int CommitmentItemMaxLength = 1000;

    /// <summary>The notes given with each item's mid-year check or year-end outcome.</summary>
    public const int OutcomeNotesMaxLength = 2000;
}

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// The secret choices of one ballot. No voter column, no timestamp, and a random (version 4) id, so
/// nothing in the row orders it against the participations or tells whose it is. The receipt code
/// itself is never stored, only its SHA-256 hash.
/// </summary>
public sealed class Ballot(Guid id, Guid voteId, string receiptHash, string choices)
{
    public Guid Id { get; private set; } = id;

    public Guid VoteId { get; private set; } = voteId;

    public string ReceiptHash { get; private set; } = receiptHash;

    /// <summary>The marks as JSON: [{ itemId, choice }].</summary>
    public string Choices { get; private set; } = choices;

    public static Ballot Create(Guid voteId, IReadOnlyList<BallotChoice> choices, string receiptCode) =>
        new(Guid.NewGuid(), voteId, Receipts.Hash(receiptCode), Vote.SerializeChoices(choices));
}

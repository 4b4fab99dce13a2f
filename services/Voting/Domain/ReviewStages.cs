namespace RenminDaibiao.Voting.Domain;

public static class ReviewStages
{
    public const string ChairpersonsCouncil = "chairpersons-council";
    public const string PartyCommittee = "party-committee";
    public const string StandingCommittee = "standing-committee";
}

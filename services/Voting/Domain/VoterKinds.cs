namespace RenminDaibiao.Voting.Domain;

public static class VoterKinds
{
    /// <summary>Voters are deputies, identified by the deputy claim.</summary>
    public const string Deputies = "deputies";

    /// <summary>Voters are committee members' accounts, identified by the account id (sub).</summary>
    public const string CommitteeMembers = "committee-members";
}

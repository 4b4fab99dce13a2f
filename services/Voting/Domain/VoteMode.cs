using System.Text.Json.Serialization;

namespace RenminDaibiao.Voting.Domain;

public enum VoteMode
{
    /// <summary>Choose up to N of the M candidates (限选 N 项); "choose" on the wire, as clients send it.</summary>
    [JsonStringEnumMemberName("choose")]
    ChooseUpTo,

    /// <summary>Approve, oppose or abstain on every candidate; "approve" on the wire, as clients send it.</summary>
    [JsonStringEnumMemberName("approve")]
    ApproveOppose,

    /// <summary>满意 / 基本满意 / 不满意 on every evaluated subject.</summary>
    Satisfaction,
}

using System.Diagnostics.Metrics;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>Business metrics of the voting service (votes cast), next to the runtime ones.</summary>
public static class VotingMetrics
{
    public static readonly Meter Meter = new(Telemetry.MeterPrefix + "Voting");

    public static readonly Counter<long> BallotsCast = Meter.CreateCounter<long>("voting.ballots_cast", description: "Ballots committed to the ballot box");

    public static readonly Counter<long> VotesClosed = Meter.CreateCounter<long>("voting.votes_closed", description: "Votes and evaluations closed with a published result");
}

using RenminDaibiao.Contracts.Voting;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>A vote or evaluation opened: every eligible deputy is told.</summary>
public sealed class VoteOpenedRule : INotificationRule<VoteOpened>
{
    public IReadOnlyList<PlannedMessage> Plan(VoteOpened source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var about = new RecordRef(RecordKinds.Vote, source.VoteId);
        var closes = source.ClosesAt is { } closesAt ? $"，截止时间 {MessageTemplates.DateTimeText(closesAt)}" : "";
        return (source.EligibleDeputyIds ?? [])
            .Distinct()
            .Select(deputy => Rule.Message(RecipientKey.Deputy(deputy), MessageKinds.VoteOpened, about, source.DivisionCode,
                ("voteKind", MessageTemplates.VoteKindText(source.Kind)), ("title", source.Title), ("closes", closes)))
            .ToList();
    }
}

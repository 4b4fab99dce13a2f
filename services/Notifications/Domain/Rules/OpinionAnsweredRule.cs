using RenminDaibiao.Contracts.Stations;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>
/// Feedback on a citizen opinion: the citizen by SMS to the phone they gave (none when anonymous),
/// and the deputy the opinion was addressed to in the app.
/// </summary>
public sealed class OpinionAnsweredRule : INotificationRule<OpinionAnswered>
{
    public IReadOnlyList<PlannedMessage> Plan(OpinionAnswered source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var about = new RecordRef(RecordKinds.Opinion, source.OpinionId);
        var messages = new List<PlannedMessage>();
        if (source.CitizenGavePhone)
        {
            messages.Add(Rule.Message(RecipientKey.Citizen(source.OpinionId), MessageKinds.OpinionAnswered,
                MessageKinds.OpinionAnswered + ":" + MessageTemplates.CitizenSms, about, source.DivisionCode,
                ("trackingCode", source.TrackingCode), ("answer", source.Answer)));
        }

        if (source.DeputyId is { } deputy)
        {
            messages.Add(Rule.Message(RecipientKey.Deputy(deputy), MessageKinds.OpinionAnswered, about, source.DivisionCode,
                ("trackingCode", source.TrackingCode), ("answer", source.Answer)));
        }

        return messages;
    }
}

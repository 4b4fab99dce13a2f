using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Domain.Rules;

/// <summary>A new deputy: the committee staff of that division are told.</summary>
public sealed class DeputyRegisteredRule : INotificationRule<DeputyRegistered>
{
    public IReadOnlyList<PlannedMessage> Plan(DeputyRegistered source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return
        [
            Rule.Message(RecipientKey.Role(Roles.CommitteeStaff, source.DivisionCode), MessageKinds.DeputyRegistered, new RecordRef(RecordKinds.Deputy, source.DeputyId), source.DivisionCode,
                ("name", source.Name), ("division", source.DivisionCode)),
        ];
    }
}

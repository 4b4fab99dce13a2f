namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// Where the recipient of a message opens its record in the portal. The portal has the deputy's workspace so far;
/// a record without a page for its recipient (a unit's or the staff's, until their workspaces exist) has no path,
/// and the inbox shows the message without a link.
/// </summary>
public static class PortalPaths
{
    public const int MaxLength = 200;

    public static string? For(RecordRef? about, RecipientKey recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (about is null || recipient.Kind != RecipientKey.DeputyKind)
        {
            return null;
        }

        return about.Kind switch
        {
            RecordKinds.Suggestion => $"/deputy/suggestions/{about.Id}",
            RecordKinds.Opinion => $"/deputy/opinions#opinion-{about.Id}",
            RecordKinds.Vote => $"/deputy/votes#vote-{about.Id}",
            RecordKinds.DutyShift => $"/deputy/duty#shift-{about.Id}",
            _ => null,
        };
    }
}

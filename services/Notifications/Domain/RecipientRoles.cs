namespace RenminDaibiao.Notifications.Domain;

public static class RecipientRoles
{
    /// <summary>The committee's staff (人大常委会/代表工委) of a division.</summary>
    public const string CommitteeStaff = "committee-staff";
}

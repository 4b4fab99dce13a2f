namespace RenminDaibiao.Identity.Domain;

public enum RotationOutcome
{
    Rotated,
    Expired,
    Reused,
}

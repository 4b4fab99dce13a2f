namespace RenminDaibiao.Identity.Infrastructure;

/// <summary>What the owning service answered about a deputy or a unit an account is to be linked to.</summary>
public enum LinkCheck
{
    /// <summary>It exists and lies in the caller's own subtree.</summary>
    Visible,

    /// <summary>It does not exist, or it lies outside the caller's subtree (the owning service does not tell which).</summary>
    NotVisible,

    /// <summary>The owning service could not answer.</summary>
    Unavailable,
}

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// The length of every stored text, stated once for the domain and the EF configuration. The preferences are the
/// only input a client sends: over-long addresses are refused (400 naming the field). Titles, bodies and errors
/// come from events and channels, not from a client, and are shortened to fit. Kinds, channels, stages and
/// states take one of a fixed set of values.
/// </summary>
public static class NotificationsLimits
{
    /// <summary>A phone is stored as its 11 digits (<see cref="RenminDaibiao.Primitives.Phones"/>); the column keeps the room it had.</summary>
    public const int MaxPhoneLength = RenminDaibiao.Primitives.Phones.MaxInputLength;
    public const int MaxEmailLength = 200;
    public const int MaxWeChatOpenIdLength = 100;

    /// <summary>Channels chosen for one kind of message: there are four, and a repeated one is kept once.</summary>
    public const int MaxChannelsPerKind = 10;

    /// <summary>The address a delivery goes to: a phone, an e-mail address or a WeChat OpenID.</summary>
    public const int MaxAddressLength = MaxEmailLength;

    /// <summary>A handling unit's code as Identity issues it in the unit claim (at most 32 characters).</summary>
    public const int MaxUnitCodeLength = RenminDaibiao.ServiceDefaults.UnitCodes.MaxLength;

    public const int MaxRecipientKeyLength = 100;
    public const int MaxChannelLength = 16;
    public const int MaxMessageKindLength = 40;

    /// <summary>A delivery's status, a reminder's stage and its state.</summary>
    public const int MaxStateLength = 16;

    /// <summary>suggestion, opinion, follow-up-letter, rectification or duty-shift.</summary>
    public const int MaxItemKindLength = 32;

    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4000;
    public const int MaxLastErrorLength = 1000;

    /// <summary>A W3C trace id: 32 hex digits.</summary>
    public const int TraceIdLength = 32;
}

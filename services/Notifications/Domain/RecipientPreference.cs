using System.Text.Json;
using RenminDaibiao.Primitives;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// One account's choices: channels per kind of message, quiet hours, and the addresses the external channels
/// need. The account's deputy id and unit code are kept so that messages addressed to the deputy or the unit
/// find these preferences. Kinds without a choice go to the in-app inbox only.
/// </summary>
public sealed class RecipientPreference
{
    public const string PhoneRequired = "选择短信渠道时必须填写手机号码。";
    public const string EmailRequired = "选择邮件渠道时必须填写电子邮箱。";
    public const string WeChatRequired = "选择微信渠道时必须填写微信 OpenID。";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] DefaultChannels = [ChannelNames.InApp];

    private RecipientPreference(Guid accountId)
    {
        AccountId = accountId;
    }

    public Guid AccountId { get; private set; }

    public Guid? DeputyId { get; private set; }

    public string? UnitCode { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? WeChatOpenId { get; private set; }

    /// <summary>Kind → channels, as JSON.</summary>
    public string ChannelsJson { get; private set; } = "{}";

    public TimeOnly? QuietHoursStart { get; private set; }

    public TimeOnly? QuietHoursEnd { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public QuietHours? QuietHours => QuietHoursStart is { } start && QuietHoursEnd is { } end ? new QuietHours(start, end) : null;

    public IReadOnlyDictionary<string, string[]> Channels =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(ChannelsJson, Json) ?? [];

    public static RecipientPreference Create(Guid accountId) => new(accountId);

    /// <summary>The channels for a kind of message; only those whose address is known.</summary>
    public IReadOnlyList<string> ChannelsFor(string kind) =>
        (Channels.TryGetValue(kind, out var chosen) ? chosen : DefaultChannels)
            .Where(channel => channel == ChannelNames.InApp || AddressFor(channel) is not null)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public string? AddressFor(string channel) => channel switch
    {
        ChannelNames.Sms => Phone,
        ChannelNames.Email => Email,
        ChannelNames.WeChat => WeChatOpenId,
        _ => null,
    };

    /// <summary>Replaces every choice; refused with the errors by JSON field name, changing nothing, when there are any.</summary>
    public Outcome Update(
        Guid? deputyId, string? unitCode, string? phone, string? email, string? weChatOpenId,
        IReadOnlyDictionary<string, string[]>? channels, TimeOnly? quietStart, TimeOnly? quietEnd, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        phone = Phones.Normalize(phone, "phone", errors);
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        weChatOpenId = string.IsNullOrWhiteSpace(weChatOpenId) ? null : weChatOpenId.Trim();
        channels ??= new Dictionary<string, string[]>();

        if (email is not null && (email.Length > NotificationsLimits.MaxEmailLength || !MimeLikeAddress(email)))
        {
            errors.Add("email", "电子邮箱格式不正确。");
        }

        if (weChatOpenId is { Length: > NotificationsLimits.MaxWeChatOpenIdLength })
        {
            errors.Add("weChatOpenId", "微信 OpenID 过长。");
        }

        foreach (var (kind, chosen) in channels)
        {
            if (!MessageKinds.IsValid(kind))
            {
                errors.Add("channels", $"未知的消息类型：{kind}。");
                break;
            }

            if (!ChosenChannelsAreValid(kind, chosen, errors))
            {
                continue;
            }

            if (chosen.Contains(ChannelNames.Sms) && phone is null && !errors.ByField.ContainsKey("phone"))
            {
                errors.Add("phone", PhoneRequired);
            }

            if (chosen.Contains(ChannelNames.Email) && email is null && !errors.ByField.ContainsKey("email"))
            {
                errors.Add("email", EmailRequired);
            }

            if (chosen.Contains(ChannelNames.WeChat) && weChatOpenId is null && !errors.ByField.ContainsKey("weChatOpenId"))
            {
                errors.Add("weChatOpenId", WeChatRequired);
            }
        }

        if (quietStart.HasValue != quietEnd.HasValue)
        {
            errors.Add("quietHours", "免打扰时段须同时填写开始和结束时间。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        DeputyId = deputyId;
        UnitCode = unitCode;
        Phone = phone;
        Email = email;
        WeChatOpenId = weChatOpenId;
        ChannelsJson = JsonSerializer.Serialize(
            channels.ToDictionary(pair => pair.Key, pair => pair.Value.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal), Json);
        QuietHoursStart = quietStart;
        QuietHoursEnd = quietEnd;
        UpdatedAt = now.ToUniversalTime();
        return Outcome.Done;
    }

    /// <summary>Adds errors naming <c>channels.kind</c> or <c>channels.kind[i]</c>; true when every chosen channel is known.</summary>
    private static bool ChosenChannelsAreValid(string kind, string[]? chosen, DomainErrors errors)
    {
        var field = $"channels.{kind}";
        if (chosen is null)
        {
            errors.Add(field, "请选择渠道。");
            return false;
        }

        if (!Lists.WithinLimits(chosen, field, "渠道", NotificationsLimits.MaxChannelsPerKind, errors))
        {
            return false;
        }

        var valid = true;
        for (var i = 0; i < chosen.Length; i++)
        {
            if (!ChannelNames.IsValid(chosen[i]))
            {
                errors.Add($"{field}[{i}]", "渠道只能是 in-app、sms、wechat 或 email。");
                valid = false;
            }
        }

        return valid;
    }

    private static bool MimeLikeAddress(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 3 && email.IndexOf('.', at) > at + 1 && !email.Any(char.IsWhiteSpace);
    }
}

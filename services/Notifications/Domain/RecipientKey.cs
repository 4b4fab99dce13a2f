using System.Security.Claims;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Notifications.Domain;

/// <summary>
/// Whom a message is addressed to, as a string that is both the stored recipient and the real-time group name:
/// <c>account:{id}</c>, <c>deputy:{id}</c>, <c>unit:{code}</c>, <c>role:{role}@{division}</c> or <c>citizen:{opinion id}</c>.
/// A user's inbox holds the messages addressed to any key their token carries.
/// </summary>
public sealed record RecipientKey
{
    public const string AccountKind = "account";
    public const string DeputyKind = "deputy";
    public const string UnitKind = "unit";
    public const string RoleKind = "role";
    public const string CitizenKind = "citizen";

    private RecipientKey(string kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public string Kind { get; }

    public string Value { get; }

    public static RecipientKey Account(Guid accountId) => new(AccountKind, accountId.ToString());

    public static RecipientKey Deputy(Guid deputyId) => new(DeputyKind, deputyId.ToString());

    public static RecipientKey Unit(string unitCode) => new(UnitKind, unitCode);

    /// <summary>Everyone holding <paramref name="role"/> in exactly <paramref name="divisionCode"/>.</summary>
    public static RecipientKey Role(string role, string divisionCode) => new(RoleKind, $"{role}@{divisionCode}");

    /// <summary>
    /// The citizen who left an opinion, reached by SMS only. Notifications never holds the number: the SMS channel
    /// asks Stations for it when it sends.
    /// </summary>
    public static RecipientKey Citizen(Guid opinionId) => new(CitizenKind, opinionId.ToString());

    public bool IsCitizen => Kind == CitizenKind;

    /// <summary>The opinion behind a <c>citizen:</c> key string; null for any other key.</summary>
    public static Guid? CitizenOpinionId(string key) =>
        key.StartsWith(CitizenKind + ":", StringComparison.Ordinal) && Guid.TryParse(key.AsSpan(CitizenKind.Length + 1), out var id) ? id : null;

    public override string ToString() => $"{Kind}:{Value}";

    /// <summary>The keys a signed-in user receives messages under.</summary>
    public static IReadOnlyList<string> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var keys = new List<string>();
        if (Guid.TryParse(user.FindFirst(PlatformClaims.Subject)?.Value, out var accountId))
        {
            keys.Add(Account(accountId).ToString());
        }

        if (Guid.TryParse(user.FindFirst(PlatformClaims.Deputy)?.Value, out var deputyId))
        {
            keys.Add(Deputy(deputyId).ToString());
        }

        if (user.FindFirst(PlatformClaims.Unit)?.Value is { Length: > 0 } unit)
        {
            keys.Add(Unit(unit).ToString());
        }

        if (user.FindFirst(PlatformClaims.Division)?.Value is { Length: > 0 } division)
        {
            foreach (var role in user.FindAll(PlatformClaims.Role))
            {
                keys.Add(Role(role.Value, division).ToString());
            }
        }

        return keys;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace RenminDaibiao.ServiceDefaults.Authentication;

/// <summary>The caller of the current request, read from the validated access token.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.TryParse(Find(PlatformClaims.Subject), out var id) ? id : Guid.Empty;

    public string Name => Find(PlatformClaims.Name) ?? "";

    public string DivisionCode => Find(PlatformClaims.Division) ?? "";

    public Guid? DeputyId => Guid.TryParse(Find(PlatformClaims.Deputy), out var id) ? id : null;

    public string? UnitCode => Find(PlatformClaims.Unit);

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public bool IsInAnyRole(params ReadOnlySpan<string> roles)
    {
        foreach (var role in roles)
        {
            if (IsInRole(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the caller may read and write records of <paramref name="divisionCode"/>: its own division or one below.</summary>
    public bool CanAccessDivision(string divisionCode) =>
        IsAuthenticated && DivisionCodes.IsValid(DivisionCode) && DivisionCodes.IsWithin(divisionCode, DivisionCode);

    private string? Find(string type) => Principal?.FindFirst(type)?.Value;
}

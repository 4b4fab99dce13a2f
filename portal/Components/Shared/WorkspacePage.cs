using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using RenminDaibiao.Portal.Platform;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Portal.Components.Shared;

/// <summary>A page of a signed-in person's workspace: the platform client and who is signed in.</summary>
public abstract class WorkspacePage : ComponentBase
{
    [Inject] protected PlatformClient Platform { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    /// <summary>Buttons act only through the live circuit; until it is up they stay disabled.</summary>
    protected bool Ready => RendererInfo.IsInteractive;

    protected async Task<Guid?> DeputyIdAsync()
    {
        var user = (await AuthenticationState).User;
        return Guid.TryParse(user.FindFirstValue(PlatformClaims.Deputy), out var id) ? id : null;
    }
}

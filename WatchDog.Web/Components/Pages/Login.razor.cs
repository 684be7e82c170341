using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using WatchDog.Web.Authentication;

namespace WatchDog.Web.Components.Pages;

/// <summary>
/// A plain form post rendered on the server (no circuit), because signing in must write the cookie on
/// the HTTP response.
/// </summary>
public sealed partial class Login
{
    private bool _failed;
    private bool _lockedOut;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private AdminCredentials Credentials { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private SignInThrottle Throttle { get; set; } = default!;

    [SupplyParameterFromForm]
    private LoginInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new LoginInput();

    private async Task SignInAsync()
    {
        Input ??= new LoginInput();
        var client = SignInThrottle.ClientOf(HttpContext);
        if (Throttle.IsLockedOut(client))
        {
            _lockedOut = true;
            return;
        }

        if (!Credentials.IsValid(Input.User, Input.Password))
        {
            Throttle.RecordFailure(client);
            _failed = true;
            return;
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Input.User!)], AuthSchemes.Cookie);
        await HttpContext.SignInAsync(AuthSchemes.Cookie, new ClaimsPrincipal(identity));
        Navigation.NavigateTo(SafeReturnUrl(ReturnUrl), forceLoad: true);
    }

    // Only local paths: an attacker's link must not turn the login page into a redirect to their site.
    private static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private sealed class LoginInput
    {
        public string? User { get; set; }

        public string? Password { get; set; }
    }
}

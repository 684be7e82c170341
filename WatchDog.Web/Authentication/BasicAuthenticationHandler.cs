using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

/// <summary>HTTP Basic for scripts calling the API with the admin account.</summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminCredentials credentials,
    SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !AuthSchemes.Basic.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var client = SignInThrottle.ClientOf(Context);
        if (throttle.IsLockedOut(client))
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many failed sign-ins from this address; wait a minute."));
        }

        if (!TryDecode(header.Parameter, out var user, out var password) || !credentials.IsValid(user, password))
        {
            throttle.RecordFailure(client);
            return Task.FromResult(AuthenticateResult.Fail("Invalid user name or password."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], Scheme.Name);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"Basic realm=\"{AuthSchemes.Realm}\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    private static bool TryDecode(string? parameter, out string user, out string password)
    {
        user = password = "";
        if (string.IsNullOrEmpty(parameter))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}

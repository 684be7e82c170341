using Microsoft.AspNetCore.Authentication;

namespace WatchDog.Web.Authentication;

internal static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /logout</c>: ends the cookie session. POST (not GET) so that a link on another site cannot
    /// sign the admin out; the cookie is SameSite=Lax, which keeps cross-site posts from carrying it.
    /// </summary>
    public static IEndpointRouteBuilder MapWatchDogAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AuthenticationSetup.LogoutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthSchemes.Cookie);
            return TypedResults.LocalRedirect(AuthenticationSetup.LoginPath);
        });
        return endpoints;
    }
}

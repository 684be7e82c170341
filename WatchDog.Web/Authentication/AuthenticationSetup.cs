using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

internal static class AuthenticationSetup
{
    public const string LoginPath = "/login";

    public const string LogoutPath = "/logout";

    /// <summary>
    /// Admin account (validated at start), cookie for the dashboard, Basic for scripts, and a policy that
    /// makes every endpoint require a signed-in user unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddWatchDogAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<AdminOptions>, AdminOptionsSetup>();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<AdminCredentials>();
        services.AddSingleton<SignInThrottle>();
        services.AddHostedService<AdminPasswordNotice>();

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or Basic", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                        ? AuthSchemes.Basic
                        : AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(AuthSchemes.Basic, null)
            .AddCookie(AuthSchemes.Cookie, cookie =>
            {
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = LogoutPath;
                cookie.Cookie.Name = "watchdog.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(7);
                cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>Scripts get a status code they can act on; browsers get sent to the login page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{AuthSchemes.Realm}\", charset=\"UTF-8\"";
            }

            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

using WatchDog.Web.Authentication;
using WatchDog.Web.Components;

namespace WatchDog.Web;

public static class WebApplicationExtensions
{
    /// <summary>Middleware in the order it must run: errors, static files, auth, antiforgery.</summary>
    public static WebApplication UseWatchDogWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Unhandled errors become a problem details response (AddProblemDetails) instead of a stack trace.
            app.UseExceptionHandler();
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The dashboard: static assets and login open to all, every page behind the login.</summary>
    public static WebApplication MapWatchDogDashboard(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapWatchDogAccount();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

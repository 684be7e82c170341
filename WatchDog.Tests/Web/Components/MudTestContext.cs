using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using WatchDog.Web.Live;

namespace WatchDog.Tests.Web.Components;

/// <summary>A bUnit context with MudBlazor's services, loose JS interop and the live-updates hub.</summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLogging();
        Services.AddMudServices();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<LiveUpdates>();
    }

    protected LiveUpdates Live => Services.GetRequiredService<LiveUpdates>();
}

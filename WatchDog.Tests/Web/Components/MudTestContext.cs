using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using WatchDog.Web.Live;

namespace WatchDog.Tests.Web.Components;

/// <summary>A bUnit context with MudBlazor's services, loose JS interop and the live-updates hub.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
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

    public virtual Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only IAsyncDisposable, so the container must be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await OnDisposedAsync();
    }

    protected virtual Task OnDisposedAsync() => Task.CompletedTask;
}

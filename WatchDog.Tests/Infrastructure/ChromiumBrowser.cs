using Microsoft.Playwright;

namespace WatchDog.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, one per test class. Playwright's own browser download is not
/// used: the executable comes from the machine (scripts/test.sh installs it).
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private static readonly string[] s_arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestServers.Chromium,
            Headless = true,
            Args = s_arguments,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

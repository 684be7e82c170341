using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Web;

/// <summary>
/// The dashboard in Chromium against the real app on Kestrel, PostgreSQL and Redis, with the checking engine
/// running in the same process (WatchDog:Engine:InProcess) and a local HTTP server as the target. The
/// engine's check result must reach the page through the live feed, without a reload.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly ChromiumBrowser _chromium = new();
    private LocalHttpServer _target = default!;
    private WatchDogWebFactory _factory = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _target = await LocalHttpServer.StartAsync(context => context.Response.WriteAsync("awake"));
        _factory = new WatchDogWebFactory(_database.ConnectionString, "Development", settings: new Dictionary<string, string>
        {
            ["WatchDog:Engine:InProcess"] = "true",
            ["WatchDog:Probing:AllowPrivateNetworks"] = "true",
            ["ConnectionStrings:redis"] = TestServers.Redis,
            ["WatchDog:Leasing:KeyPrefix"] = $"browser-{Guid.NewGuid():N}:",
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        await Task.Run(_factory.StartServer).WaitAsync(TimeSpan.FromSeconds(60));
        await _chromium.InitializeAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _factory.DisposeAsync();
        await _target.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_AddCheckEditPauseDelete_ShowsEachStepLive()
    {
        var page = await _chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await LogInAsync(page);

        await page.ClickAsync("#add-target-submit");
        await Assertions.Expect(UrlField(page)).ToContainTextAsync("A URL is required.");

        await page.FillAsync("#add-target-url", _target.Url("/sleepy").ToString());
        await page.FillAsync("#add-target-name", "Sleepy app");
        await page.FillAsync("#add-target-interval", "10");
        await page.ClickAsync("#add-target-submit");
        var row = page.Locator("tr.target-row", new() { HasText = "Sleepy app" });
        await Assertions.Expect(row.Locator("[data-testid=status-chip]")).ToHaveAttributeAsync("data-status", "pending");
        var targetId = Guid.Parse((await row.Locator("[data-target-id]").GetAttributeAsync("data-target-id"))!);

        // A new target's first check comes within its interval (10 s); the page is never reloaded.
        var expectLive = new LocatorAssertionsToHaveAttributeOptions { Timeout = 25_000 };
        await Assertions.Expect(row.Locator("[data-testid=status-chip]")).ToHaveAttributeAsync("data-status", "up", expectLive);
        await Assertions.Expect(row.Locator("[data-testid=last-status-code]")).ToHaveTextAsync("200");
        await Assertions.Expect(page.Locator("[data-testid=stat-up] .stat-value")).ToHaveTextAsync("1");
        Assert.Equal(targetId, await FirstCheckedTargetAsync());

        await row.Locator("[data-testid=edit-button]").ClickAsync();
        await page.FillAsync("#edit-target-name", "Renamed app");
        await page.ClickAsync("[data-testid=edit-save]");
        row = page.Locator("tr.target-row", new() { HasText = "Renamed app" });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await row.Locator("[data-testid=pause-button]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=status-chip]")).ToHaveAttributeAsync("data-status", "paused");
        await Assertions.Expect(page.Locator("[data-testid=stat-paused] .stat-value")).ToHaveTextAsync("1");

        await row.Locator("a.target-name").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=target-details]")).ToContainTextAsync("Renamed app");
        await Assertions.Expect(page.Locator("[data-testid=check-started]")).ToHaveCountAsync(1);
        await page.GoBackAsync();
        await page.Locator("#app-root[data-interactive=true]").WaitForAsync();

        await row.Locator("[data-testid=delete-button]").ClickAsync();
        await page.ClickAsync("[data-testid=confirm-button]");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=stat-total] .stat-value")).ToHaveTextAsync("0");
    }

    private async Task LogInAsync(IPage page)
    {
        await page.GotoAsync(_baseUrl + "/");
        await page.FillAsync("#login-user", WatchDogWebFactory.User);
        await page.FillAsync("#login-password", WatchDogWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await page.Locator("#app-root[data-interactive=true]").WaitForAsync();
    }

    private static ILocator UrlField(IPage page) =>
        page.Locator(".mud-input-control", new() { Has = page.Locator("#add-target-url") });

    private async Task<Guid> FirstCheckedTargetAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = _database.CreateDbContext();
        return await db.CheckResults.Select(c => c.TargetId).FirstAsync(timeout.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

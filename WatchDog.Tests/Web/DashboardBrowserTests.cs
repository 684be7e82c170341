using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WatchDog.Core.Checks;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Web;

/// <summary>
/// The dashboard in Chromium against the real app on Kestrel and PostgreSQL. A worker is simulated by
/// writing a result row and the target's status straight to the database, as the worker's writer does;
/// the page must show it through the live feed, without a reload.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private static readonly string[] s_chromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly PostgresDatabase _database = new();
    private WatchDogWebFactory _factory = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _factory = new WatchDogWebFactory(_database.ConnectionString, "Development");
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        await Task.Run(_factory.StartServer).WaitAsync(TimeSpan.FromSeconds(60));
        _playwright = await Playwright.CreateAsync().WaitAsync(TimeSpan.FromSeconds(60));
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestServers.Chromium,
            Headless = true,
            Args = s_chromiumArgs,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_AddCheckEditPauseDelete_ShowsEachStepLive()
    {
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await LogInAsync(page);

        await page.ClickAsync("#add-target-submit");
        await Assertions.Expect(UrlField(page)).ToContainTextAsync("A URL is required.");

        await page.FillAsync("#add-target-url", "http://127.0.0.1:9/sleepy");
        await page.FillAsync("#add-target-name", "Sleepy app");
        await page.FillAsync("#add-target-interval", "10");
        await page.ClickAsync("#add-target-submit");
        var row = page.Locator("tr.target-row", new() { HasText = "Sleepy app" });
        await Assertions.Expect(row.Locator("[data-testid=status-chip]")).ToHaveAttributeAsync("data-status", "pending");
        var targetId = Guid.Parse((await row.Locator("[data-target-id]").GetAttributeAsync("data-target-id"))!);

        await RecordCheckAsync(targetId, statusCode: 200, durationMs: 321);
        var expectLive = new LocatorAssertionsToHaveAttributeOptions { Timeout = 3_000 };
        await Assertions.Expect(row.Locator("[data-testid=status-chip]")).ToHaveAttributeAsync("data-status", "up", expectLive);
        await Assertions.Expect(row.Locator("[data-testid=last-response]")).ToHaveTextAsync("321 ms");
        await Assertions.Expect(page.Locator("[data-testid=stat-up] .stat-value")).ToHaveTextAsync("1");

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

    private async Task RecordCheckAsync(Guid targetId, int statusCode, int durationMs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = _database.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        db.CheckResults.Add(new CheckResult
        {
            TargetId = targetId,
            DueAt = now,
            StartedAt = now,
            DurationMs = durationMs,
            StatusCode = statusCode,
            Outcome = CheckOutcome.Up,
            Attempts = 1,
        });
        await db.Targets.Where(t => t.Id == targetId).ExecuteUpdateAsync(
            set => set
                .SetProperty(t => t.Status, TargetStatus.Up)
                .SetProperty(t => t.LastCheckedAt, now)
                .SetProperty(t => t.LastResponseTimeMs, durationMs)
                .SetProperty(t => t.LastStatusCode, statusCode),
            timeout.Token);
        await db.SaveChangesAsync(timeout.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

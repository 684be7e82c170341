using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Web;

/// <summary>
/// The target page in Chromium against the real app with the engine in-process: a local target answers 500
/// until an incident has opened, then 200 until it has closed; the page then shows the uptime figures, the
/// chart, the closed incident and why the failed check failed.
/// </summary>
public sealed class TargetPageBrowserTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly ChromiumBrowser _chromium = new();
    private LocalHttpServer _target = default!;
    private WatchDogWebFactory _factory = default!;
    private string _baseUrl = "";
    private volatile bool _failing = true;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _target = await LocalHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = _failing ? 500 : 200;
            return context.Response.WriteAsync(_failing ? "broken" : "awake");
        });
        _factory = new WatchDogWebFactory(_database.ConnectionString, "Development", settings: new Dictionary<string, string>
        {
            ["WatchDog:Engine:InProcess"] = "true",
            ["WatchDog:Probing:AllowPrivateNetworks"] = "true",
            ["ConnectionStrings:redis"] = TestServers.Redis,
            ["WatchDog:Leasing:KeyPrefix"] = $"target-page-{Guid.NewGuid():N}:",
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
    public async Task TargetPage_AfterAnIncident_ShowsUptimeChartIncidentAndWhyTheCheckFailed()
    {
        var id = await CreateTargetAsync();
        await WaitForIncidentAsync(id, open: true);
        _failing = false;
        await WaitForIncidentAsync(id, open: false);

        var page = await _chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await LogInAsync(page);
        await page.GotoAsync($"{_baseUrl}/targets/{id}");
        await page.Locator("#app-root[data-interactive=true]").WaitForAsync();

        await Assertions.Expect(page.Locator("[data-testid=target-details]")).ToContainTextAsync("Flaky app");
        foreach (var window in new[] { "24h", "7d", "30d", "90d" })
        {
            await Assertions.Expect(page.Locator($"[data-testid=uptime-{window}] .uptime-value")).ToContainTextAsync("%");
        }

        await Assertions.Expect(page.Locator("[data-testid=uptime-bars] .uptime-bar")).ToHaveCountAsync(90);
        await Assertions.Expect(page.Locator("[data-testid=response-chart]")).ToBeVisibleAsync();
        var incident = page.Locator("[data-testid=incidents] [data-testid=incident-row]");
        await Assertions.Expect(incident).ToHaveCountAsync(1);
        await Assertions.Expect(incident).ToHaveAttributeAsync("data-open", "false");
        await Assertions.Expect(incident).ToContainTextAsync("500");
        var failure = page.Locator("[data-testid=last-failure]");
        await Assertions.Expect(failure).ToHaveAttributeAsync("data-outcome", "down");
        await Assertions.Expect(failure).ToContainTextAsync("status");
        await Assertions.Expect(failure).ToContainTextAsync("500");
        await Assertions.Expect(page.Locator("[data-testid=conditions]")).ToContainTextAsync("200-399");
    }

    private async Task<Guid> CreateTargetAsync()
    {
        // With Kestrel the factory's in-memory client has no server to talk to: call the real port.
        using var client = new HttpClient { BaseAddress = new Uri(_baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = BasicAuth.Header(WatchDogWebFactory.User, WatchDogWebFactory.Password);
        var response = await client.PostAsJsonAsync("/api/targets", new
        {
            url = _target.Url("/flaky").ToString(),
            name = "Flaky app",
            intervalSeconds = 10,
            retries = 0,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiJson.ReadElementAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task WaitForIncidentAsync(Guid id, bool open)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using (var db = _database.CreateDbContext())
            {
                if (await db.Incidents.AnyAsync(i => i.TargetId == id && (i.EndedAt == null) == open, timeout.Token))
                {
                    return;
                }
            }

            await Task.Delay(250, timeout.Token);
        }
    }

    private async Task LogInAsync(IPage page)
    {
        await page.GotoAsync(_baseUrl + "/");
        await page.FillAsync("#login-user", WatchDogWebFactory.User);
        await page.FillAsync("#login-password", WatchDogWebFactory.Password);
        await page.ClickAsync("#login-submit");
        await page.Locator("#app-root[data-interactive=true]").WaitForAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

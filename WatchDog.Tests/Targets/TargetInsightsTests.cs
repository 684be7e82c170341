using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WatchDog.Core;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Targets;

/// <summary>The table's batched 24-hour figures and the certificate lookup, on SQLite (the API tests use PostgreSQL).</summary>
public sealed class TargetInsightsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(s_now);
    private ServiceProvider _services = default!;

    private TargetInsights Insights => _services.GetRequiredService<TargetInsights>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = _database.ConnectionString,
            ["WatchDog:Database:Provider"] = "Sqlite",
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<ILiveEventPublisher, SilentPublisher>()
            .AddWatchDogCore(configuration)
            .AddWatchDogHistory(configuration)
            .AddWatchDogTargets()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task GetSummariesAsync_RollupsAndRawEnds_CountsEachCheckOnceAndFillsTheTrend()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var id = await AddTargetAsync("https://a.example.test/");
        var other = await AddTargetAsync("https://b.example.test/");
        var firstWholeHour = new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero);
        await using (var db = _database.CreateDbContext())
        {
            db.RollupStates.Add(new RollupState { Name = RollupState.HourlyName, RolledUntil = s_now.AddMinutes(-30) });
            db.CheckRollups.AddRange(
                Rollup(id, firstWholeHour.AddHours(-1), 10, 0, 0, 999),
                Rollup(id, firstWholeHour, 10, 9, 1, 100),
                Rollup(id, firstWholeHour.AddHours(22), 10, 10, 0, 200));
            db.CheckResults.AddRange(
                Check(id, firstWholeHour.AddMinutes(-45), CheckOutcome.Down),
                Check(id, firstWholeHour.AddMinutes(-15), CheckOutcome.Down),
                Check(id, firstWholeHour.AddHours(22).AddMinutes(30), CheckOutcome.Down),
                Check(id, s_now.AddMinutes(-20), CheckOutcome.Degraded, cold: true));
            await db.SaveChangesAsync(timeout.Token);
        }

        var summaries = await Insights.GetSummariesAsync([id, other], timeout.Token);

        var summary = summaries[id];
        Assert.Equal(Math.Round(100.0 * 20 / 22, 3), summary.Uptime24h);
        Assert.Equal(2, summary.ColdStarts24h);
        Assert.Equal(24, summary.HourlyP50Ms.Count);
        Assert.Equal(999, summary.HourlyP50Ms[0]);
        Assert.Equal(100, summary.HourlyP50Ms[1]);
        Assert.Equal(200, summary.HourlyP50Ms[23]);
        Assert.Equal(21, summary.HourlyP50Ms.Count(p => p is null));
        Assert.Null(summaries[other].Uptime24h);
        Assert.Equal(0, summaries[other].ColdStarts24h);
    }

    [Fact]
    public async Task GetCertificateExpiriesAsync_SeveralChecks_TakesTheLatestThatRecordedOne()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var id = await AddTargetAsync("https://c.example.test/");
        var plain = await AddTargetAsync("http://d.example.test/");
        var expiry = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var db = _database.CreateDbContext())
        {
            db.CheckResults.AddRange(
                Check(id, s_now.AddMinutes(-30), CheckOutcome.Up, expiry: expiry.AddDays(-90)),
                Check(id, s_now.AddMinutes(-20), CheckOutcome.Up, expiry: expiry),
                Check(id, s_now.AddMinutes(-10), CheckOutcome.Down),
                Check(plain, s_now.AddMinutes(-10), CheckOutcome.Up));
            await db.SaveChangesAsync(timeout.Token);
        }

        var expiries = await Insights.GetCertificateExpiriesAsync([id, plain], timeout.Token);

        Assert.Equal(expiry, expiries[id]);
        Assert.False(expiries.ContainsKey(plain));
    }

    [Fact]
    public async Task GetPageAsync_SecondPage_ReturnsItsTargetsAndTheTotal()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 5; i++)
        {
            await AddTargetAsync($"https://p{i}.example.test/");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await Insights.GetPageAsync(2, 2, timeout.Token);

        Assert.Equal(5, page.Total);
        Assert.Equal(["p2.example.test", "p3.example.test"], page.Targets.Select(t => t.Name));
        Assert.All(page.Targets, t => Assert.NotNull(page.SummaryOf(t.Id)));
    }

    private async Task<Guid> AddTargetAsync(string url)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await _services.GetRequiredService<TargetService>().CreateAsync(new TargetInput(url), timeout.Token);
        return result.Target!.Id;
    }

    private static CheckRollup Rollup(Guid id, DateTimeOffset start, int checks, int good, int cold, int p50) => new()
    {
        TargetId = id,
        Period = RollupPeriod.Hour,
        PeriodStart = start,
        Checks = checks,
        GoodChecks = good,
        ColdStarts = cold,
        P50Ms = p50,
    };

    private static CheckResult Check(Guid id, DateTimeOffset at, CheckOutcome outcome, bool cold = false,
        DateTimeOffset? expiry = null) => new()
        {
            TargetId = id,
            DueAt = at,
            StartedAt = at,
            Outcome = outcome,
            Attempts = 1,
            ColdStart = cold,
            CertificateExpiresAt = expiry,
        };

    private sealed class SilentPublisher : ILiveEventPublisher
    {
        public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task PublishTargetsChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

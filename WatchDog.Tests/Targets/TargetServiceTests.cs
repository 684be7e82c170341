using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WatchDog.Core;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Targets;

/// <summary>The service on SQLite (embedded mode); the API tests cover it on PostgreSQL.</summary>
public sealed class TargetServiceTests : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly CountingPublisher _publisher = new();
    private ServiceProvider _services = default!;

    private TargetService Service => _services.GetRequiredService<TargetService>();

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
            .AddSingleton<ILiveEventPublisher>(_publisher)
            .AddWatchDogCore(configuration)
            .AddWatchDogTargets()
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task CreateAsync_ValidInput_UsesTheClockAndSignalsTheChange()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await Service.CreateAsync(new TargetInput("https://example.com/"), timeout.Token);

        Assert.Equal(_clock.GetUtcNow(), result.Target?.CreatedAt);
        Assert.Equal(7, result.Target?.Id.Version);
        Assert.Equal(1, _publisher.TargetsChanged);
    }

    [Fact]
    public async Task CreateAsync_InvalidInput_SavesNothingAndSendsNoSignal()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await Service.CreateAsync(new TargetInput("ftp://example.com/"), timeout.Token);

        Assert.Contains(TargetFields.Url, result.Errors.Keys);
        Assert.Empty(await Service.ListAsync(0, 100, timeout.Token));
        Assert.Equal(0, _publisher.TargetsChanged);
    }

    [Fact]
    public async Task GetStatsAsync_OnSqlite_CountsPausedAndActiveStates()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = await Service.CreateAsync(new TargetInput("https://a.example.com/"), timeout.Token);
        await Service.CreateAsync(new TargetInput("https://b.example.com/"), timeout.Token);
        await Service.SetActiveAsync(first.Target!.Id, false, timeout.Token);

        var stats = await Service.GetStatsAsync(timeout.Token);

        Assert.Equal(new TargetStats(Total: 2, Active: 1, Paused: 1, Up: 0, Down: 0, Pending: 1), stats);
    }

    [Fact]
    public async Task GetStatsAsync_DegradedTarget_CountedAsDegradedOnly()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var created = await Service.CreateAsync(new TargetInput("https://slow.example.com/"), timeout.Token);
        await using (var db = _database.CreateDbContext())
        {
            var target = await db.Targets.SingleAsync(t => t.Id == created.Target!.Id, timeout.Token);
            target.Status = TargetStatus.Degraded;
            await db.SaveChangesAsync(timeout.Token);
        }

        var stats = await Service.GetStatsAsync(timeout.Token);

        Assert.Equal(new TargetStats(Total: 1, Active: 1, Paused: 0, Up: 0, Down: 0, Pending: 0, Degraded: 1), stats);
    }

    [Fact]
    public async Task GetStatsAsync_NoTargets_ReturnsZeros()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        Assert.Equal(TargetStats.Empty, await Service.GetStatsAsync(timeout.Token));
    }

    private sealed class CountingPublisher : ILiveEventPublisher
    {
        public int TargetsChanged { get; private set; }

        public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task PublishTargetsChangedAsync(CancellationToken cancellationToken)
        {
            TargetsChanged++;
            return Task.CompletedTask;
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WatchDog.Core;
using WatchDog.Core.Checks;
using WatchDog.Core.Coordination;
using WatchDog.Core.Leasing;
using WatchDog.Core.Persistence;
using WatchDog.Core.Probing;
using WatchDog.Core.Scheduling;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Scheduling;

/// <summary>
/// A scheduler wired as in production over a fresh SQLite file, with a fake clock and a recording
/// checker. Target refreshes happen only when a test asks (the periodic one is ten minutes away).
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2031, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly SqliteDatabase _database = new();
    private readonly CancellationTokenSource _lease = new();
    private readonly CancellationTokenSource _stopping = new();
    private ServiceProvider _services = null!;
    private Task _running = Task.CompletedTask;

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingChecker Checker { get; private set; } = null!;

    public CheckScheduler Scheduler { get; private set; } = null!;

    public static async Task<SchedulerHarness> StartAsync(int maxConcurrentChecks = 64)
    {
        var harness = new SchedulerHarness();
        await harness.InitializeAsync(maxConcurrentChecks);
        return harness;
    }

    public SqliteWatchDogDbContext CreateDbContext() => _database.CreateDbContext();

    public async Task<Guid> AddTargetAsync(TimeSpan interval, bool checkedBefore = true)
    {
        var target = new Target
        {
            Id = Guid.NewGuid(),
            Name = "t",
            Url = "https://t.test/",
            Interval = interval,
            CreatedAt = Time.GetUtcNow(),
            UpdatedAt = Time.GetUtcNow(),
            LastCheckedAt = checkedBefore ? Time.GetUtcNow().AddMinutes(-1) : null,
        };
        await using var db = CreateDbContext();
        db.Targets.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }

    /// <summary>Signals a change and waits until the scheduler has reloaded the targets.</summary>
    public async Task RefreshAsync()
    {
        var before = Scheduler.RefreshCount;
        _services.GetRequiredService<TargetsChangedSignal>().Notify();
        await Eventually.TrueAsync(() => Scheduler.RefreshCount > before, "the scheduler reloaded targets");
    }

    /// <summary>Moves the fake clock forward in small steps, giving the loop real time to keep up.</summary>
    public async Task AdvanceAsync(TimeSpan total, TimeSpan? step = null)
    {
        var each = step ?? TimeSpan.FromMilliseconds(100);
        for (var moved = TimeSpan.Zero; moved < total; moved += each)
        {
            Time.Advance(each);
            await Task.Delay(3);
        }
    }

    public Task LoseLeaseAsync() => _lease.CancelAsync();

    /// <summary>
    /// Signals shutdown as the engine does (the lease keeper ends the session as the host stops) and waits
    /// for the scheduling loop to end.
    /// </summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _lease.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public CheckResultWriter Writer => _services.GetRequiredService<CheckResultWriter>();

    public async ValueTask DisposeAsync()
    {
        await _lease.CancelAsync();
        await _stopping.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10));
        // No grace on the fake clock: checks still running are cut short at once.
        await Scheduler.WaitForInFlightAsync(TimeSpan.Zero);
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        _lease.Dispose();
        _stopping.Dispose();
    }

    private async Task InitializeAsync(int maxConcurrentChecks)
    {
        await _database.InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = _database.ConnectionString,
            ["WatchDog:Database:Provider"] = "Sqlite",
            ["WatchDog:Scheduling:MaxConcurrentChecks"] = maxConcurrentChecks.ToString(),
            ["WatchDog:Scheduling:RefreshInterval"] = "00:10:00",
        }).Build();
        Checker = new RecordingChecker(Time);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ITargetChecker>(Checker);
        services.AddWatchDogCore(configuration);
        services.AddWatchDogCoordination(configuration);
        services.AddWatchDogEngine(configuration);
        _services = services.BuildServiceProvider(validateScopes: true);
        Scheduler = _services.GetRequiredService<CheckScheduler>();
        _running = Scheduler.RunAsync(new LeaseSession("test", 7, _lease.Token), _stopping.Token);
        await Eventually.TrueAsync(() => Scheduler.RefreshCount >= 1, "the first refresh finished");
    }
}

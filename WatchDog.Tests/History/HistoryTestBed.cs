using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.History;

/// <summary>A migrated database of the given provider, the history services over it, and a fake clock.</summary>
internal sealed class HistoryTestBed : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly SqliteDatabase? _sqlite;

    private HistoryTestBed(PostgresDatabase? postgres, SqliteDatabase? sqlite, DateTimeOffset now, HistoryOptions settings)
    {
        _postgres = postgres;
        _sqlite = sqlite;
        Clock = new FakeTimeProvider(now);
        var factory = new DelegateDbContextFactory(CreateDbContext);
        var options = Options.Create(settings);
        Rollups = new RollupService(factory, Clock, options, NullLogger<RollupService>.Instance);
        Pruner = new RetentionPruner(factory, Rollups, Clock, options, NullLogger<RetentionPruner>.Instance);
        Uptime = new UptimeCalculator(factory, Rollups, Clock, options);
        Query = new HistoryQuery(factory);
    }

    public FakeTimeProvider Clock { get; }

    public RollupService Rollups { get; }

    public RetentionPruner Pruner { get; }

    public UptimeCalculator Uptime { get; }

    public HistoryQuery Query { get; }

    /// <summary>History settings are the defaults unless <paramref name="settings"/> is given.</summary>
    public static async Task<HistoryTestBed> CreateAsync(string provider, DateTimeOffset now, HistoryOptions? settings = null)
    {
        settings ??= new HistoryOptions();
        if (provider == "postgres")
        {
            return new HistoryTestBed(await PostgresDatabase.CreateAsync(), null, now, settings);
        }

        var sqlite = new SqliteDatabase();
        await sqlite.InitializeAsync();
        return new HistoryTestBed(null, sqlite, now, settings);
    }

    public WatchDogDbContext CreateDbContext() =>
        _postgres is not null ? _postgres.CreateDbContext() : _sqlite!.CreateDbContext();

    public async Task<Guid> AddTargetAsync(TimeSpan interval)
    {
        await using var db = CreateDbContext();
        var target = new Target { Id = Guid.NewGuid(), Name = "t", Url = "https://example.test/", Interval = interval };
        db.Targets.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }

    /// <summary>Adds one check per <paramref name="step"/> from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public async Task<int> AddChecksAsync(
        Guid targetId,
        DateTimeOffset first,
        DateTimeOffset last,
        TimeSpan step,
        Func<DateTimeOffset, bool> isDown,
        Func<DateTimeOffset, int>? durationMs = null)
    {
        await using var db = CreateDbContext();
        var count = 0;
        for (var due = first; due <= last; due += step)
        {
            var down = isDown(due);
            db.CheckResults.Add(new CheckResult
            {
                TargetId = targetId,
                DueAt = due,
                StartedAt = due,
                DurationMs = durationMs?.Invoke(due) ?? 100,
                StatusCode = down ? 500 : 200,
                Outcome = down ? CheckOutcome.Down : CheckOutcome.Up,
                Attempts = 1,
            });
            count++;
        }

        await db.SaveChangesAsync();
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using WatchDog.Core.Checks;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Web.Live;

namespace WatchDog.Tests.Web.Live;

public sealed class CheckFeedTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RedisFeed_MessageOnChecksRecordedChannel_DeliversTheChecks()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis).WaitAsync(s_deadline);
        var feed = new RedisCheckFeed(redis, TimeProvider.System, NullLogger<RedisCheckFeed>.Instance);
        var received = new TaskCompletionSource<IReadOnlyList<CheckRecorded>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var running = feed.RunAsync(checks => { received.TrySetResult(checks); return Task.CompletedTask; }, stop.Token);
        var check = NewCheck(Guid.NewGuid(), 42);
        var payload = JsonSerializer.Serialize(new[] { check }, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        });

        // The subscription is set up asynchronously; publish until someone is listening.
        var channel = RedisChannel.Literal(LiveChannels.ChecksRecorded);
        while (await redis.GetSubscriber().PublishAsync(channel, payload).WaitAsync(s_deadline) == 0)
        {
            await Task.Delay(50);
        }

        var checks = await received.Task.WaitAsync(s_deadline);
        await stop.CancelAsync();
        await running.WaitAsync(s_deadline);
        Assert.Equal(check, Assert.Single(checks));
    }

    [Fact]
    public async Task DatabaseFeed_NewResultRow_IsDeliveredWithinTwoSecondsAndOnlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var feed = new DatabaseCheckFeed(new TestContextFactory(database), TimeProvider.System, NullLogger<DatabaseCheckFeed>.Instance);
        var batches = new List<IReadOnlyList<CheckRecorded>>();
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var targetId = await InsertTargetAsync(database);
        await InsertCheckAsync(database, targetId, minute: 0);
        using var stop = new CancellationTokenSource();
        var running = feed.RunAsync(checks =>
        {
            lock (batches)
            {
                batches.Add(checks);
            }

            received.TrySetResult();
            return Task.CompletedTask;
        }, stop.Token);
        await Task.Delay(DatabaseCheckFeed.PollInterval * 1.5);

        var started = TimeProvider.System.GetTimestamp();
        await InsertCheckAsync(database, targetId, minute: 1);
        await received.Task.WaitAsync(s_deadline);
        var latency = TimeProvider.System.GetElapsedTime(started);
        await Task.Delay(DatabaseCheckFeed.PollInterval * 2);
        await stop.CancelAsync();
        await running.WaitAsync(s_deadline);

        Assert.True(latency < TimeSpan.FromSeconds(2), $"took {latency}");
        var delivered = Assert.Single(Assert.Single(batches));
        Assert.Equal(targetId, delivered.TargetId);
        Assert.Equal(TargetStatus.Up, delivered.TargetStatus);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 1, 0, TimeSpan.Zero), delivered.DueAt);
    }

    private static CheckRecorded NewCheck(Guid targetId, long id) => new(
        targetId, id, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 1, 1, 0, 0, 1, TimeSpan.Zero), 87, 200, CheckOutcome.Up, null, 2, true, TargetStatus.Up);

    private static async Task<Guid> InsertTargetAsync(PostgresDatabase database)
    {
        using var timeout = new CancellationTokenSource(s_deadline);
        await using var db = database.CreateDbContext();
        var target = new Target
        {
            Id = Guid.NewGuid(),
            Name = "feed",
            Url = "https://feed.example.test/",
            Interval = TimeSpan.FromSeconds(30),
            Status = TargetStatus.Up,
        };
        db.Targets.Add(target);
        await db.SaveChangesAsync(timeout.Token);
        return target.Id;
    }

    private static async Task InsertCheckAsync(PostgresDatabase database, Guid targetId, int minute)
    {
        using var timeout = new CancellationTokenSource(s_deadline);
        await using var db = database.CreateDbContext();
        var due = new DateTimeOffset(2026, 1, 1, 0, minute, 0, TimeSpan.Zero);
        db.CheckResults.Add(new CheckResult
        {
            TargetId = targetId,
            DueAt = due,
            StartedAt = due,
            DurationMs = 10,
            StatusCode = 200,
            Outcome = CheckOutcome.Up,
            Attempts = 1,
        });
        await db.SaveChangesAsync(timeout.Token);
    }

    private sealed class TestContextFactory(PostgresDatabase database)
        : Microsoft.EntityFrameworkCore.IDbContextFactory<WatchDog.Core.Persistence.WatchDogDbContext>
    {
        public WatchDog.Core.Persistence.WatchDogDbContext CreateDbContext() => database.CreateDbContext();
    }
}

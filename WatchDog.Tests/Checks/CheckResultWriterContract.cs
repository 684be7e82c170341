using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WatchDog.Core.Checks;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Tests.Leasing;

namespace WatchDog.Tests.Checks;

/// <summary>What the result writer guarantees, run against each real database by the deriving classes.</summary>
public abstract class CheckResultWriterContract : IAsyncLifetime
{
    private static readonly DateTimeOffset s_due = new(2031, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentQueue<CheckRecorded> _published = new();
    private ConnectionMultiplexer _redis = null!;
    private CheckResultWriter _writer = null!;

    protected abstract Task InitializeDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();

    protected abstract WatchDogDbContext CreateDbContext();

    public async Task InitializeAsync()
    {
        await InitializeDatabaseAsync();
        _redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis).WaitAsync(TimeSpan.FromSeconds(20));
        await _redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(LiveChannels.ChecksRecorded), (_, payload) =>
        {
            foreach (var check in JsonSerializer.Deserialize<CheckRecorded[]>(payload.ToString(), LiveJson.Options)!)
            {
                _published.Enqueue(check);
            }
        });
        _writer = new CheckResultWriter(
            new ContextFactory(CreateDbContext),
            new RedisLiveEventPublisher(_redis),
            Options.Create(new CheckOptions()),
            TimeProvider.System,
            NullLogger<CheckResultWriter>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await DisposeDatabaseAsync();
    }

    [Fact]
    public async Task WriteBatch_NewResults_RowsInsertedTargetStatusUpdatedAndPublished()
    {
        var up = await AddTargetAsync();
        var down = await AddTargetAsync();

        var written = await _writer.WriteBatchAsync(
            [Result(up, s_due), Result(up, s_due.AddMinutes(1)), Result(down, s_due, CheckOutcome.Down)],
            Timeout());

        Assert.Equal(3, written);
        await using var db = CreateDbContext();
        Assert.Equal(3, await db.CheckResults.CountAsync());
        var upTarget = await db.Targets.SingleAsync(t => t.Id == up);
        Assert.Equal(TargetStatus.Up, upTarget.Status);
        Assert.Equal(s_due.AddMinutes(1).AddMilliseconds(20), upTarget.LastCheckedAt);
        Assert.Equal(120, upTarget.LastResponseTimeMs);
        Assert.Equal(200, upTarget.LastStatusCode);
        var downTarget = await db.Targets.SingleAsync(t => t.Id == down);
        Assert.Equal(TargetStatus.Down, downTarget.Status);
        Assert.Equal("boom", downTarget.LastError);
        Assert.Equal(503, downTarget.LastStatusCode);
        await Eventually(() => _published.Count(p => p.TargetId == up || p.TargetId == down) == 3);
        Assert.Contains(_published, p => p.TargetId == down && p.TargetStatus == TargetStatus.Down && p.CheckId > 0);
    }

    [Fact]
    public async Task WriteBatch_SlotAlreadyRecorded_SkippedAndTheRestWritten()
    {
        var target = await AddTargetAsync();
        await _writer.WriteBatchAsync([Result(target, s_due)], Timeout());

        var written = await _writer.WriteBatchAsync(
            [Result(target, s_due.AddMinutes(-1)), Result(target, s_due), Result(target, s_due.AddMinutes(1))],
            Timeout());

        Assert.Equal(2, written);
        await using var db = CreateDbContext();
        Assert.Equal(3, await db.CheckResults.CountAsync(c => c.TargetId == target));
    }

    [Fact]
    public async Task WriteBatch_SameSlotTwiceInOneBatch_WrittenOnce()
    {
        var target = await AddTargetAsync();

        var written = await _writer.WriteBatchAsync([Result(target, s_due), Result(target, s_due)], Timeout());

        Assert.Equal(1, written);
    }

    [Fact]
    public async Task WriteBatch_TargetDeletedMeanwhile_SkippedAndTheRestWritten()
    {
        var kept = await AddTargetAsync();

        var written = await _writer.WriteBatchAsync(
            [Result(Guid.NewGuid(), s_due), Result(kept, s_due)],
            Timeout());

        Assert.Equal(1, written);
        await using var db = CreateDbContext();
        Assert.Equal(kept, (await db.CheckResults.SingleAsync()).TargetId);
    }

    [Fact]
    public async Task Insert_UniqueViolationPastThePreCheck_FallsBackRowByRow()
    {
        var target = await AddTargetAsync();
        await _writer.WriteBatchAsync([Result(target, s_due)], Timeout());

        await using var db = CreateDbContext();
        var written = await CheckResultStore.InsertAsync(
            db,
            [Result(target, s_due.AddMinutes(-1)), Result(target, s_due), Result(target, s_due.AddMinutes(1))],
            Timeout());

        Assert.Equal([s_due.AddMinutes(-1), s_due.AddMinutes(1)], written.Select(r => r.DueAt));
        await using var check = CreateDbContext();
        Assert.Equal(3, await check.CheckResults.CountAsync());
    }

    [Fact]
    public async Task WriteBatch_OlderResultAfterANewerOne_LeavesTheNewerStatus()
    {
        var target = await AddTargetAsync();
        await _writer.WriteBatchAsync([Result(target, s_due.AddMinutes(1), CheckOutcome.Down)], Timeout());

        await _writer.WriteBatchAsync([Result(target, s_due)], Timeout());

        await using var db = CreateDbContext();
        Assert.Equal(TargetStatus.Down, (await db.Targets.SingleAsync(t => t.Id == target)).Status);
    }

    [Fact]
    public async Task RunAsync_CompletedWithResultsQueued_WritesThemAllInBatches()
    {
        var target = await AddTargetAsync();
        var running = _writer.RunAsync(CancellationToken.None);
        for (var i = 0; i < 450; i++)
        {
            await _writer.EnqueueAsync(Result(target, s_due.AddMinutes(i)), Timeout());
        }

        _writer.Complete();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = CreateDbContext();
        Assert.Equal(450, await db.CheckResults.CountAsync(c => c.TargetId == target));
        Assert.Equal(0, _writer.Pending);
    }

    private async Task<Guid> AddTargetAsync()
    {
        await using var db = CreateDbContext();
        var target = new Target { Id = Guid.NewGuid(), Name = "t", Url = "https://t.test/", Interval = TimeSpan.FromMinutes(1) };
        db.Targets.Add(target);
        await db.SaveChangesAsync(Timeout());
        return target.Id;
    }

    private static CheckResult Result(Guid targetId, DateTimeOffset dueAt, CheckOutcome outcome = CheckOutcome.Up) => new()
    {
        TargetId = targetId,
        DueAt = dueAt,
        StartedAt = dueAt.AddMilliseconds(20),
        DurationMs = 120,
        StatusCode = outcome == CheckOutcome.Up ? 200 : 503,
        Outcome = outcome,
        ErrorKind = outcome == CheckOutcome.Up ? null : CheckErrorKind.HttpStatus,
        Error = outcome == CheckOutcome.Up ? null : "boom",
        Attempts = 1,
        LeaseEpoch = 3,
    };

    private static async Task Eventually(Func<bool> condition) =>
        await Scheduling.Eventually.TrueAsync(condition, "the recorded checks were published");

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}

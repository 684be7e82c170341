using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Incidents;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Incidents;

/// <summary>States and incidents as the result writer stores them, run against each real database.</summary>
public abstract class IncidentStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset s_start = new(2031, 7, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task InitializeDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();

    protected abstract WatchDogDbContext CreateDbContext();

    public Task InitializeAsync() => InitializeDatabaseAsync();

    public Task DisposeAsync() => DisposeDatabaseAsync();

    [Fact]
    public async Task WriteBatch_ThirdFailureInARow_OpensOneIncidentFromTheFirstFailure()
    {
        var target = await AddTargetAsync(failuresToDown: 3);
        var writer = Writer();

        await writer.WriteBatchAsync([Check(target, 0, CheckOutcome.Up), Check(target, 1, CheckOutcome.Down, "HTTP 502")], Timeout());
        await writer.WriteBatchAsync([Check(target, 2, CheckOutcome.Down, "HTTP 503")], Timeout());
        Assert.Empty(await IncidentsAsync(target));
        Assert.Equal(TargetStatus.Up, (await TargetAsync(target)).Status);

        await writer.WriteBatchAsync([Check(target, 3, CheckOutcome.Down, "timeout")], Timeout());

        var incident = Assert.Single(await IncidentsAsync(target));
        Assert.Equal(Started(1), incident.StartedAt);
        Assert.Equal("HTTP 502", incident.FirstError);
        Assert.Equal(3, incident.FailedChecks);
        Assert.Null(incident.EndedAt);
        var stored = await TargetAsync(target);
        Assert.Equal((TargetStatus.Down, 3, Started(1)), (stored.Status, stored.ConsecutiveFailures, stored.FailingSince));
    }

    [Fact]
    public async Task WriteBatch_RecoveryNeedsTwoGoodChecks_ClosesAtTheSecondAndCountsAllFailures()
    {
        var target = await AddTargetAsync();
        var writer = Writer(successesToUp: 2);

        await writer.WriteBatchAsync(
            [
                Check(target, 0, CheckOutcome.Down, "first"),
                Check(target, 1, CheckOutcome.Down, "second"),
                Check(target, 2, CheckOutcome.Up),
                Check(target, 3, CheckOutcome.Down, "again"),
                Check(target, 4, CheckOutcome.Up),
            ],
            Timeout());
        Assert.Equal(TargetStatus.Down, (await TargetAsync(target)).Status);

        await writer.WriteBatchAsync([Check(target, 5, CheckOutcome.Degraded)], Timeout());

        var incident = Assert.Single(await IncidentsAsync(target));
        Assert.Equal((Started(0), Started(5), 3, "first"), (incident.StartedAt, incident.EndedAt, incident.FailedChecks, incident.FirstError));
        var stored = await TargetAsync(target);
        Assert.Equal((TargetStatus.Degraded, 0, (DateTimeOffset?)null), (stored.Status, stored.ConsecutiveFailures, stored.FailingSince));
    }

    [Fact]
    public async Task WriteBatch_TwoDownPeriodsInOneBatch_TwoIncidents()
    {
        var target = await AddTargetAsync();

        await Writer().WriteBatchAsync(
            [
                Check(target, 0, CheckOutcome.Down, "a"),
                Check(target, 1, CheckOutcome.Up),
                Check(target, 2, CheckOutcome.Down, "b"),
                Check(target, 3, CheckOutcome.Down, "c"),
            ],
            Timeout());

        var incidents = await IncidentsAsync(target);
        Assert.Equal(2, incidents.Count);
        Assert.Equal((Started(0), Started(1), 1), (incidents[0].StartedAt, incidents[0].EndedAt, incidents[0].FailedChecks));
        Assert.Equal((Started(2), (DateTimeOffset?)null, 2, "b"),
            (incidents[1].StartedAt, incidents[1].EndedAt, incidents[1].FailedChecks, incidents[1].FirstError));
    }

    [Fact]
    public async Task WriteBatch_RestartMidIncident_FreshWriterContinuesTheSameIncident()
    {
        var target = await AddTargetAsync(failuresToDown: 2);
        await Writer().WriteBatchAsync([Check(target, 0, CheckOutcome.Down, "asleep")], Timeout());
        await Writer().WriteBatchAsync([Check(target, 1, CheckOutcome.Down, "still asleep")], Timeout());

        // A new writer (a restarted worker) keeps failing, then recovers.
        var restarted = Writer();
        await restarted.WriteBatchAsync([Check(target, 2, CheckOutcome.Down, "x"), Check(target, 3, CheckOutcome.Down, "y")], Timeout());
        await Writer().WriteBatchAsync([Check(target, 4, CheckOutcome.Up)], Timeout());

        var incident = Assert.Single(await IncidentsAsync(target));
        Assert.Equal((Started(0), Started(4), 4, "asleep"),
            (incident.StartedAt, incident.EndedAt, incident.FailedChecks, incident.FirstError));
    }

    [Fact]
    public async Task WriteBatch_ThresholdPerTarget_OverridesTheSetting()
    {
        var strict = await AddTargetAsync(failuresToDown: 1);
        var lenient = await AddTargetAsync();

        await Writer(failuresToDown: 2).WriteBatchAsync(
            [Check(strict, 0, CheckOutcome.Down, "e"), Check(lenient, 0, CheckOutcome.Down, "e")],
            Timeout());

        Assert.Equal(TargetStatus.Down, (await TargetAsync(strict)).Status);
        Assert.Equal(TargetStatus.Pending, (await TargetAsync(lenient)).Status);
        Assert.Empty(await IncidentsAsync(lenient));
    }

    [Fact]
    public async Task SaveChanges_SecondOpenIncidentForATarget_RejectedByTheIndex()
    {
        var target = await AddTargetAsync();
        await using var db = CreateDbContext();
        db.Incidents.Add(new Incident { TargetId = target, StartedAt = s_start, EndedAt = s_start.AddMinutes(1) });
        db.Incidents.Add(new Incident { TargetId = target, StartedAt = s_start.AddMinutes(2) });
        await db.SaveChangesAsync(Timeout());

        db.Incidents.Add(new Incident { TargetId = target, StartedAt = s_start.AddMinutes(3) });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Timeout()));
    }

    [Fact]
    public async Task WriteBatch_StateIncidentAlreadyOpen_ContinuesItInsteadOfOpeningAnother()
    {
        var target = await AddTargetAsync();
        await using (var db = CreateDbContext())
        {
            db.Incidents.Add(new Incident { TargetId = target, StartedAt = s_start.AddMinutes(-5), FailedChecks = 2 });
            await db.SaveChangesAsync(Timeout());
        }

        await Writer().WriteBatchAsync([Check(target, 0, CheckOutcome.Down, "e")], Timeout());

        var incident = Assert.Single(await IncidentsAsync(target));
        Assert.Equal((s_start.AddMinutes(-5), 3), (incident.StartedAt, incident.FailedChecks));
    }

    [Fact]
    public async Task WriteBatch_SlowAnswerAfterIdleness_MarkedColdStartAndKeptOutOfTheWarmEstimate()
    {
        var target = await AddTargetAsync();
        var writer = Writer();
        await writer.WriteBatchAsync([Check(target, 0, CheckOutcome.Up, ms: 200), Check(target, 1, CheckOutcome.Up, ms: 200)], Timeout());
        await writer.WriteBatchAsync([Check(target, 2, CheckOutcome.Up, ms: 9000)], Timeout());

        var recorded = await writer.WriteBatchAsync([Check(target, 30, CheckOutcome.Up, ms: 9000)], Timeout());

        Assert.Equal(1, recorded);
        await using var db = CreateDbContext();
        var checks = await db.CheckResults.Where(c => c.TargetId == target).OrderBy(c => c.DueAt).ToListAsync(Timeout());
        Assert.Equal([false, false, false, true], checks.Select(c => c.ColdStart));
        Assert.Equal(225, (await TargetAsync(target)).WarmMedianMs);
    }

    [Fact]
    public async Task WriteBatch_Published_CarriesTheStatusAfterEachCheck()
    {
        var target = await AddTargetAsync();
        var publisher = new RecordingPublisher();

        await Writer(publisher: publisher).WriteBatchAsync(
            [Check(target, 0, CheckOutcome.Up), Check(target, 1, CheckOutcome.Down, "e"), Check(target, 2, CheckOutcome.Degraded)],
            Timeout());

        Assert.Equal(
            [TargetStatus.Up, TargetStatus.Down, TargetStatus.Degraded],
            publisher.Recorded.OrderBy(r => r.DueAt).Select(r => r.TargetStatus));
    }

    private CheckResultWriter Writer(int failuresToDown = 1, int successesToUp = 1, ILiveEventPublisher? publisher = null) => new(
        new DelegateDbContextFactory(CreateDbContext),
        publisher ?? new RecordingPublisher(),
        Options.Create(new CheckOptions { FailuresToDown = failuresToDown, SuccessesToUp = successesToUp }),
        TimeProvider.System,
        NullLogger<CheckResultWriter>.Instance);

    private async Task<Guid> AddTargetAsync(int? failuresToDown = null)
    {
        await using var db = CreateDbContext();
        var target = new Target
        {
            Id = Guid.NewGuid(),
            Name = "t",
            Url = "https://t.test/",
            Interval = TimeSpan.FromMinutes(1),
            FailuresToDown = failuresToDown,
        };
        db.Targets.Add(target);
        await db.SaveChangesAsync(Timeout());
        return target.Id;
    }

    private async Task<Target> TargetAsync(Guid id)
    {
        await using var db = CreateDbContext();
        return await db.Targets.AsNoTracking().SingleAsync(t => t.Id == id, Timeout());
    }

    private async Task<List<Incident>> IncidentsAsync(Guid target)
    {
        await using var db = CreateDbContext();
        return await db.Incidents.AsNoTracking().Where(i => i.TargetId == target).OrderBy(i => i.StartedAt).ToListAsync(Timeout());
    }

    private static DateTimeOffset Started(int minute) => s_start.AddMinutes(minute).AddMilliseconds(15);

    // One check per minute from s_start, started 15 ms after its slot.
    private static CheckResult Check(Guid target, int minute, CheckOutcome outcome, string? error = null, int ms = 100) => new()
    {
        TargetId = target,
        DueAt = s_start.AddMinutes(minute),
        StartedAt = Started(minute),
        DurationMs = ms,
        StatusCode = outcome == CheckOutcome.Down ? 503 : 200,
        Outcome = outcome,
        ErrorKind = outcome == CheckOutcome.Down ? CheckErrorKind.HttpStatus : null,
        Error = error,
        Attempts = 1,
    };

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}

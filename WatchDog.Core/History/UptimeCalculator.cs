using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.History;

/// <summary>
/// Uptime and response-time percentiles of a target over a window ending now. Whole hours come from the
/// hourly rollups and only the partial hours at the window's two ends are read from raw results, so the
/// cost does not grow with the amount of raw data kept.
/// </summary>
public sealed class UptimeCalculator(
    IDbContextFactory<WatchDogDbContext> dbFactory,
    RollupService rollups,
    TimeProvider timeProvider,
    IOptions<HistoryOptions> options)
{
    /// <summary>The windows the dashboard and the API report, by their API name.</summary>
    public static readonly IReadOnlyList<(string Name, TimeSpan Length)> Windows =
    [
        ("24h", TimeSpan.FromHours(24)),
        ("7d", TimeSpan.FromDays(7)),
        ("30d", TimeSpan.FromDays(30)),
        ("90d", TimeSpan.FromDays(90)),
    ];

    public async Task<IReadOnlyDictionary<string, UptimeSummary>> GetWindowsAsync(
        Guid targetId,
        TimeSpan interval,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var summaries = new Dictionary<string, UptimeSummary>();
        foreach (var (name, length) in Windows)
        {
            summaries[name] = await GetAsync(targetId, interval, now - length, now, cancellationToken);
        }

        return summaries;
    }

    /// <summary>
    /// Downtime is counted as one <paramref name="interval"/> per failed check: each check stands for the
    /// interval up to the next one.
    /// </summary>
    public async Task<UptimeSummary> GetAsync(
        Guid targetId,
        TimeSpan interval,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var window = HistoryWindow.Split(
            from,
            to,
            await rollups.GetRolledUntilAsync(cancellationToken),
            timeProvider.GetUtcNow() - options.Value.RawRetention);
        var total = new RollupBuilder(targetId, RollupPeriod.Hour, from);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (window.HasWholeHours)
        {
            var hourly = await db.CheckRollups.AsNoTracking()
                .Where(r => r.TargetId == targetId && r.Period == RollupPeriod.Hour
                    && r.PeriodStart >= window.HoursFrom && r.PeriodStart < window.HoursTo)
                .ToListAsync(cancellationToken);
            hourly.ForEach(total.AddRollup);
        }

        await AddRawAsync(db, total, targetId, window.From, window.HoursFrom, cancellationToken);
        await AddRawAsync(db, total, targetId, window.HoursTo, window.To, cancellationToken);

        return Summarize(total, interval);
    }

    private static async Task AddRawAsync(
        WatchDogDbContext db,
        RollupBuilder total,
        Guid targetId,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return;
        }

        var checks = await db.CheckResults.AsNoTracking()
            .Where(c => c.TargetId == targetId && c.DueAt >= from && c.DueAt < to)
            .Select(c => new { c.Outcome, c.DurationMs, c.ColdStart })
            .ToListAsync(cancellationToken);
        var part = new RollupBuilder(targetId, RollupPeriod.Hour, from);
        foreach (var check in checks)
        {
            part.AddCheck(CheckOutcomes.IsGood(check.Outcome), check.DurationMs, check.ColdStart);
        }

        total.AddRollup(part.Build());
    }

    private static UptimeSummary Summarize(RollupBuilder total, TimeSpan interval)
    {
        var rollup = total.Build();
        double? percent = rollup.Checks == 0 ? null : Math.Round(100.0 * rollup.GoodChecks / rollup.Checks, 3);
        return new UptimeSummary(
            percent,
            rollup.Checks,
            rollup.FailedChecks,
            (long)(rollup.FailedChecks * interval.TotalSeconds),
            rollup.P50Ms,
            rollup.P95Ms);
    }
}

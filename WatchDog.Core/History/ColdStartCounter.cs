using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.History;

/// <summary>
/// Counts cold starts (checks marked <c>cold_start</c>: a failure a retry turned good, or a slow answer after
/// idleness) in windows ending now. As in <see cref="UptimeCalculator"/>, whole hours come from the hourly
/// rollups and only the partial hours at the two ends from raw results, for many targets in a few queries.
/// </summary>
public sealed class ColdStartCounter(
    IDbContextFactory<WatchDogDbContext> dbFactory,
    RollupService rollups,
    TimeProvider timeProvider,
    IOptions<HistoryOptions> options)
{
    public async Task<ColdStartCounts> GetAsync(Guid targetId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var day = await CountAsync([targetId], now.AddHours(-24), now, cancellationToken);
        var week = await CountAsync([targetId], now.AddDays(-7), now, cancellationToken);
        return new ColdStartCounts(day.GetValueOrDefault(targetId), week.GetValueOrDefault(targetId));
    }

    /// <summary>Cold starts in the last 24 hours of each target (the dashboard table's <c>coldStarts24h</c>).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> GetLast24hAsync(
        IReadOnlyCollection<Guid> targetIds,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return await CountAsync(targetIds, now.AddHours(-24), now, cancellationToken);
    }

    /// <summary>Cold starts of checks due in [<paramref name="from"/>, <paramref name="to"/>); targets without any are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountAsync(
        IReadOnlyCollection<Guid> targetIds,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var counts = new Dictionary<Guid, int>();
        if (targetIds.Count == 0 || to <= from)
        {
            return counts;
        }

        var ids = targetIds.ToList();
        var window = HistoryWindow.Split(
            from,
            to,
            await rollups.GetRolledUntilAsync(cancellationToken),
            timeProvider.GetUtcNow() - options.Value.RawRetention);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (window.HasWholeHours)
        {
            var hourly = await db.CheckRollups.AsNoTracking()
                .Where(r => ids.Contains(r.TargetId) && r.Period == RollupPeriod.Hour
                    && r.PeriodStart >= window.HoursFrom && r.PeriodStart < window.HoursTo && r.ColdStarts > 0)
                .GroupBy(r => r.TargetId)
                .Select(g => new { TargetId = g.Key, Count = g.Sum(r => r.ColdStarts) })
                .ToListAsync(cancellationToken);
            hourly.ForEach(h => Add(counts, h.TargetId, h.Count));
        }

        await AddRawAsync(db, counts, ids, window.From, window.HoursFrom, cancellationToken);
        await AddRawAsync(db, counts, ids, window.HoursTo, window.To, cancellationToken);

        return counts;
    }

    private static async Task AddRawAsync(
        WatchDogDbContext db,
        Dictionary<Guid, int> counts,
        List<Guid> ids,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return;
        }

        var raw = await db.CheckResults.AsNoTracking()
            .Where(c => ids.Contains(c.TargetId) && c.ColdStart && c.DueAt >= from && c.DueAt < to)
            .GroupBy(c => c.TargetId)
            .Select(g => new { TargetId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        raw.ForEach(r => Add(counts, r.TargetId, r.Count));
    }

    private static void Add(Dictionary<Guid, int> counts, Guid targetId, int count) =>
        counts[targetId] = counts.GetValueOrDefault(targetId) + count;
}

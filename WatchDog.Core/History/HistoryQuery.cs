using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.History;

/// <summary>Response-time and uptime history of a target, from rollups only.</summary>
public sealed class HistoryQuery(IDbContextFactory<WatchDogDbContext> dbFactory)
{
    /// <summary>At most this many points per call (a year of days, or about six weeks of hours).</summary>
    public const int MaxPoints = 1000;

    public async Task<IReadOnlyList<CheckRollup>> GetAsync(
        Guid targetId,
        RollupPeriod period,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CheckRollups.AsNoTracking()
            .Where(r => r.TargetId == targetId && r.Period == period && r.PeriodStart >= from && r.PeriodStart < to)
            .OrderBy(r => r.PeriodStart)
            .Take(MaxPoints)
            .ToListAsync(cancellationToken);
    }
}

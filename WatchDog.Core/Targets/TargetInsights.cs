using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Incidents;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.Targets;

/// <summary>
/// Read-only figures about targets for the API and the dashboard. Everything that covers several targets is
/// answered in a fixed number of queries, whatever the number of targets, so a table page costs the same
/// with 10 or 1,000 targets in the database.
/// </summary>
public sealed class TargetInsights(
    IDbContextFactory<WatchDogDbContext> contextFactory,
    TargetService targets,
    RollupService rollups,
    TimeProvider timeProvider)
{
    public const int DefaultIncidentLimit = 50;

    public const int MaxIncidentLimit = 500;

    public const int TrendHours = 24;

    /// <summary>A page of targets (oldest first) with their summaries: four queries in all.</summary>
    public async Task<TargetPage> GetPageAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var list = await targets.ListAsync(skip, take, cancellationToken);
        var total = await targets.CountAsync(cancellationToken);
        var summaries = await GetSummariesAsync([.. list.Select(t => t.Id)], cancellationToken);
        return new TargetPage(list, summaries, total);
    }

    /// <summary>The target's incidents, newest first; null when there is no such target.</summary>
    public async Task<IReadOnlyList<Incident>?> GetIncidentsAsync(Guid id, int limit, CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        if (!await db.Targets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return null;
        }

        return await db.Incidents.AsNoTracking()
            .Where(i => i.TargetId == id)
            .OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id)
            .Take(Math.Clamp(limit, 1, MaxIncidentLimit))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The certificate expiry recorded by each target's latest check that recorded one (HTTPS targets only),
    /// in one query; targets without any are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> GetCertificateExpiriesAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, DateTimeOffset>();
        }

        var list = ids.ToList();
        await using var db = contextFactory.CreateDbContext();
        var latest = await db.CheckResults.AsNoTracking()
            .Where(c => list.Contains(c.TargetId) && c.CertificateExpiresAt != null)
            .GroupBy(c => c.TargetId)
            .Select(g => g.OrderByDescending(c => c.DueAt)
                .Select(c => new { c.TargetId, c.CertificateExpiresAt })
                .First())
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(l => l.TargetId, l => l.CertificateExpiresAt!.Value);
    }

    /// <summary>
    /// Uptime, hourly medians and cold starts of the last 24 hours for each target, in three queries: whole
    /// hours from the hourly rollups, the partial hours at both ends from raw results (as
    /// <see cref="UptimeCalculator"/> splits them, so the table and the target page agree).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, TargetSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, TargetSummary>();
        }

        var list = ids.ToList();
        var now = timeProvider.GetUtcNow();
        var from = now.AddHours(-TrendHours);
        // Raw results of the last 24 hours are always kept (RawRetention is at least a day).
        var window = HistoryWindow.Split(from, now, await rollups.GetRolledUntilAsync(cancellationToken), from);
        var (hoursFrom, hoursTo) = (window.HoursFrom, window.HoursTo);

        await using var db = contextFactory.CreateDbContext();
        // The trend shows the last 24 whole hours; the hour the window starts in is drawn but, as in the
        // uptime windows, its checks are counted from raw results.
        var trendFrom = HourMath.FloorHour(now).AddHours(-TrendHours);
        var hourly = await db.CheckRollups.AsNoTracking()
            .Where(r => list.Contains(r.TargetId) && r.Period == RollupPeriod.Hour
                && r.PeriodStart >= trendFrom && r.PeriodStart < hoursTo)
            .Select(r => new { r.TargetId, r.PeriodStart, r.Checks, r.GoodChecks, r.ColdStarts, r.P50Ms })
            .ToListAsync(cancellationToken);
        var raw = await db.CheckResults.AsNoTracking()
            .Where(c => list.Contains(c.TargetId)
                && ((c.DueAt >= from && c.DueAt < hoursFrom) || (c.DueAt >= hoursTo && c.DueAt < now)))
            .GroupBy(c => c.TargetId)
            .Select(g => new
            {
                TargetId = g.Key,
                Checks = g.Count(),
                Good = g.Count(c => c.Outcome != CheckOutcome.Down),
                Cold = g.Count(c => c.ColdStart),
            })
            .ToListAsync(cancellationToken);

        var rawById = raw.ToDictionary(r => r.TargetId);
        var hourlyById = hourly.ToLookup(h => h.TargetId);
        var summaries = new Dictionary<Guid, TargetSummary>();
        foreach (var id in list)
        {
            var trendHours = hourlyById[id].ToList();
            var hours = trendHours.Where(h => h.PeriodStart >= hoursFrom).ToList();
            var extra = rawById.GetValueOrDefault(id);
            var checks = hours.Sum(h => h.Checks) + (extra?.Checks ?? 0);
            var good = hours.Sum(h => h.GoodChecks) + (extra?.Good ?? 0);
            var trend = new int?[TrendHours];
            foreach (var hour in trendHours)
            {
                var index = (int)(hour.PeriodStart - trendFrom).TotalHours;
                if (index is >= 0 and < TrendHours)
                {
                    trend[index] = hour.P50Ms;
                }
            }

            summaries[id] = new TargetSummary(
                checks == 0 ? null : Math.Round(100.0 * good / checks, 3),
                trend,
                hours.Sum(h => h.ColdStarts) + (extra?.Cold ?? 0));
        }

        return summaries;
    }
}

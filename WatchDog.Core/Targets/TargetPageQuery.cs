using WatchDog.Core.History;
using WatchDog.Core.KeepWarm;

namespace WatchDog.Core.Targets;

/// <summary>
/// Reads the target page's data: the target, its latest checks, uptime windows, hourly response times of the
/// last <see cref="HourlyDays"/> days, daily rollups of the last <see cref="DailyDays"/> days, incidents, cold
/// starts, certificate expiry and the keep-warm estimate. All from rollups and indexed lookups, so the cost
/// does not grow with the raw results kept.
/// </summary>
public sealed class TargetPageQuery(
    TargetService targets,
    TargetInsights insights,
    UptimeCalculator uptime,
    HistoryQuery history,
    ColdStartCounter coldStarts,
    TimeProvider timeProvider)
{
    public const int HourlyDays = 7;

    public const int DailyDays = 90;

    public const int RecentChecks = 100;

    public const int Incidents = 20;

    /// <summary>Null when there is no such target.</summary>
    public async Task<TargetPageData?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await targets.GetAsync(id, cancellationToken) is not { } target)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        var checks = await targets.GetRecentChecksAsync(id, RecentChecks, cancellationToken) ?? [];
        var windows = await uptime.GetWindowsAsync(id, target.Interval, cancellationToken);
        var hourly = await history.GetAsync(id, RollupPeriod.Hour, now.AddDays(-HourlyDays), now, cancellationToken);
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var daily = await history.GetAsync(id, RollupPeriod.Day, dayStart.AddDays(-(DailyDays - 1)), now, cancellationToken);
        var incidents = await insights.GetIncidentsAsync(id, Incidents, cancellationToken) ?? [];
        var colds = await coldStarts.GetAsync(id, cancellationToken);
        var certificates = await insights.GetCertificateExpiriesAsync([id], cancellationToken);
        return new TargetPageData(
            target,
            checks,
            windows,
            hourly,
            daily,
            incidents,
            colds,
            certificates.TryGetValue(id, out var expiry) ? expiry : null,
            KeepWarmEstimator.Estimate(target, now),
            now);
    }
}

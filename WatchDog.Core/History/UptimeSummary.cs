namespace WatchDog.Core.History;

/// <summary>
/// Uptime of one target over one window. <see cref="UptimePercent"/> is good checks ÷ all checks × 100, and
/// null when the window holds no check (a target paused for the whole window has no uptime, not 0 % or
/// 100 %). Paused time holds no checks, so it counts neither way.
/// </summary>
public sealed record UptimeSummary(
    double? UptimePercent,
    int Checks,
    int FailedChecks,
    long DowntimeSeconds,
    int? P50Ms,
    int? P95Ms);

namespace WatchDog.Core.Targets;

/// <summary>
/// What the dashboard table shows beside a target: uptime over the last 24 hours (null without checks), the
/// median response time of each of the last 24 whole hours (oldest first; null for an hour without good checks or
/// not rolled up yet) and the cold starts of the last 24 hours.
/// </summary>
public sealed record TargetSummary(double? Uptime24h, IReadOnlyList<int?> HourlyP50Ms, int ColdStarts24h)
{
    public static TargetSummary Empty { get; } = new(null, [], 0);
}

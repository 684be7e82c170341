using WatchDog.Core.History;

namespace WatchDog.Web.Api;

/// <summary>One bucket of <c>GET /api/targets/{id}/history</c>; response times cover good checks only.</summary>
public sealed record HistoryPointResponse(
    DateTimeOffset Start,
    int Checks,
    int FailedChecks,
    int ColdStarts,
    double? UptimePercent,
    int? AvgMs,
    int? MinMs,
    int? MaxMs,
    int? P50Ms,
    int? P95Ms)
{
    public static HistoryPointResponse From(CheckRollup rollup)
    {
        var good = rollup.GoodChecks;
        return new(
            rollup.PeriodStart,
            rollup.Checks,
            rollup.FailedChecks,
            rollup.ColdStarts,
            rollup.Checks == 0 ? null : Math.Round(100.0 * good / rollup.Checks, 3),
            good == 0 ? null : (int)(rollup.DurationSumMs / good),
            rollup.DurationMinMs,
            rollup.DurationMaxMs,
            rollup.P50Ms,
            rollup.P95Ms);
    }
}

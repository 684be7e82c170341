namespace WatchDog.Core.History;

/// <summary>
/// What one target's checks in one hour or one day add up to. Rollups outlive the raw results, so uptime
/// and response-time history cost the same however much raw data is kept.
/// </summary>
public sealed class CheckRollup
{
    public Guid TargetId { get; set; }

    public RollupPeriod Period { get; set; }

    /// <summary>Start of the hour or (UTC) day.</summary>
    public DateTimeOffset PeriodStart { get; set; }

    public int Checks { get; set; }

    /// <summary>Checks whose outcome was up (cold starts included: the target did answer).</summary>
    public int GoodChecks { get; set; }

    public int ColdStarts { get; set; }

    /// <summary>Sum of the response times of good checks, for the average.</summary>
    public long DurationSumMs { get; set; }

    public int? DurationMinMs { get; set; }

    public int? DurationMaxMs { get; set; }

    public int? P50Ms { get; set; }

    public int? P95Ms { get; set; }

    /// <summary>Response times of good checks in fixed bins, so that periods can be merged into percentiles.</summary>
    public LatencyHistogram Histogram { get; set; } = new();

    public int FailedChecks => Checks - GoodChecks;
}

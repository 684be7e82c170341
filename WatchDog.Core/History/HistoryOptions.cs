namespace WatchDog.Core.History;

/// <summary>Settings under <c>WatchDog:History</c>: how long results are kept and how they are rolled up.</summary>
public sealed class HistoryOptions
{
    public const string SectionName = "WatchDog:History";

    /// <summary>How long raw check results are kept. Default 7 days.</summary>
    public TimeSpan RawRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long hourly and daily rollups are kept. Default 400 days.</summary>
    public TimeSpan RollupRetention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>
    /// How long after an hour ends before it is rolled up, so that checks still retrying at the end of the
    /// hour are written first. Default 10 minutes.
    /// </summary>
    public TimeSpan RollupDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often rollup and pruning run. Default 1 minute.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows deleted per statement when pruning, so pruning never holds long locks. Default 5,000.</summary>
    public int PruneBatchSize { get; set; } = 5_000;
}

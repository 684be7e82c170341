namespace WatchDog.Core.History;

/// <summary>How far raw results have been rolled up: every hour before <see cref="RolledUntil"/> is done.</summary>
public sealed class RollupState
{
    public const string HourlyName = "hourly";

    public required string Name { get; set; }

    public DateTimeOffset RolledUntil { get; set; }

    /// <summary>
    /// The newest check result id seen by the last rollup. A result with a higher id but a due time before
    /// <see cref="RolledUntil"/> arrived late (a long retry, a writer backlog), and its hour is rolled again.
    /// </summary>
    public long RolledMaxCheckId { get; set; }
}

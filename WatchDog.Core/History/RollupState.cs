namespace WatchDog.Core.History;

/// <summary>How far raw results have been rolled up: every hour before <see cref="RolledUntil"/> is done.</summary>
public sealed class RollupState
{
    public const string HourlyName = "hourly";

    public required string Name { get; set; }

    public DateTimeOffset RolledUntil { get; set; }
}

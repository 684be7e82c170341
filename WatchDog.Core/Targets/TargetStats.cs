namespace WatchDog.Core.Targets;

/// <summary>
/// Counts for the stats bar. Up, down, pending and degraded count active targets only; paused = not active.
/// </summary>
public sealed record TargetStats(int Total, int Active, int Paused, int Up, int Down, int Pending, int Degraded = 0)
{
    public static TargetStats Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

public sealed record StatsResponse(int Total, int Active, int Paused, int Up, int Down, int Pending, int Degraded)
{
    public static StatsResponse From(TargetStats stats) =>
        new(stats.Total, stats.Active, stats.Paused, stats.Up, stats.Down, stats.Pending, stats.Degraded);
}

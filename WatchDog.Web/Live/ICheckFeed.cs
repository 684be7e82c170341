using WatchDog.Core.Live;

namespace WatchDog.Web.Live;

/// <summary>A source of recorded checks: Redis pub/sub, or the database when there is no Redis.</summary>
internal interface ICheckFeed
{
    /// <summary>Calls <paramref name="onChecks"/> with each batch until cancelled.</summary>
    Task RunAsync(Func<IReadOnlyList<CheckRecorded>, Task> onChecks, CancellationToken stoppingToken);
}

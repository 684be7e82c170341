namespace WatchDog.Core.Live;

/// <summary>
/// Tells other processes what changed. With Redis these are pub/sub messages; in embedded mode
/// (no Redis) publishing does nothing and readers fall back to the database.
/// </summary>
public interface ILiveEventPublisher
{
    /// <summary>Worker → Web: results were recorded.</summary>
    Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken);

    /// <summary>Web → Worker: targets were added, edited, paused, resumed or deleted.</summary>
    Task PublishTargetsChangedAsync(CancellationToken cancellationToken);
}

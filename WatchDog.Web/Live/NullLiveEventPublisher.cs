using WatchDog.Core.Live;

namespace WatchDog.Web.Live;

/// <summary>
/// Stand-in until the coordination package is wired: registered with TryAdd, so the real publisher
/// (<c>AddWatchDogCoordination</c>, Redis pub/sub) replaces it wherever it is registered first.
/// </summary>
internal sealed class NullLiveEventPublisher : ILiveEventPublisher
{
    public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task PublishTargetsChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

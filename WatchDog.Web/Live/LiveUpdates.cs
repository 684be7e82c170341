using System.Collections.Immutable;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Live;

/// <summary>
/// Fans live events out to the open dashboards of this Web process. Components subscribe for one target
/// (a row, a details page) or for the stats, so an event re-renders only what it concerns. One feed
/// (Redis or the database poller) fills it for the whole process, never one per browser.
/// </summary>
public sealed partial class LiveUpdates(ILogger<LiveUpdates> logger)
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, ImmutableList<Func<CheckRecorded, Task>>> _byTarget =
        ImmutableDictionary<Guid, ImmutableList<Func<CheckRecorded, Task>>>.Empty;
    private ImmutableList<Func<TargetStats, Task>> _statsHandlers = [];

    /// <summary>The newest stats seen, for components that start after the last event.</summary>
    public TargetStats? LatestStats { get; private set; }

    /// <summary>Calls <paramref name="handler"/> for each check recorded for <paramref name="targetId"/>.</summary>
    public IDisposable SubscribeToTarget(Guid targetId, Func<CheckRecorded, Task> handler)
    {
        lock (_gate)
        {
            var list = _byTarget.GetValueOrDefault(targetId, []);
            _byTarget = _byTarget.SetItem(targetId, list.Add(handler));
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                var remaining = _byTarget.GetValueOrDefault(targetId, []).Remove(handler);
                _byTarget = remaining.IsEmpty ? _byTarget.Remove(targetId) : _byTarget.SetItem(targetId, remaining);
            }
        });
    }

    public IDisposable SubscribeToStats(Func<TargetStats, Task> handler)
    {
        lock (_gate)
        {
            _statsHandlers = _statsHandlers.Add(handler);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _statsHandlers = _statsHandlers.Remove(handler);
            }
        });
    }

    /// <summary>True when someone watches this target, so a feed can skip work nobody would see.</summary>
    public bool HasSubscribers => !_byTarget.IsEmpty || !_statsHandlers.IsEmpty;

    public async Task PublishChecksAsync(IReadOnlyList<CheckRecorded> checks)
    {
        var byTarget = _byTarget;
        foreach (var check in checks)
        {
            if (byTarget.TryGetValue(check.TargetId, out var handlers))
            {
                foreach (var handler in handlers)
                {
                    await InvokeAsync(handler, check);
                }
            }
        }
    }

    public async Task PublishStatsAsync(TargetStats stats)
    {
        LatestStats = stats;
        foreach (var handler in _statsHandlers)
        {
            await InvokeAsync(handler, stats);
        }
    }

    // One closed browser tab must not stop the others from getting the event.
    private async Task InvokeAsync<T>(Func<T, Task> handler, T value)
    {
        try
        {
            await handler(value);
        }
        catch (Exception ex)
        {
            LogHandlerFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A live update subscriber failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}

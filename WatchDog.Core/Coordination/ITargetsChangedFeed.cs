namespace WatchDog.Core.Coordination;

/// <summary>Listens for "targets changed" messages from other processes and raises the local signal.</summary>
public interface ITargetsChangedFeed
{
    /// <summary>Starts listening; disposing the result stops.</summary>
    Task<IAsyncDisposable> SubscribeAsync(CancellationToken cancellationToken);
}

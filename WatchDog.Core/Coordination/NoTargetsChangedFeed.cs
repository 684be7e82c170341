namespace WatchDog.Core.Coordination;

/// <summary>Without Redis, changes from other processes arrive through the scheduler's periodic refresh.</summary>
internal sealed class NoTargetsChangedFeed : ITargetsChangedFeed
{
    public Task<IAsyncDisposable> SubscribeAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(new Nothing());

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

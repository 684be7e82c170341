namespace WatchDog.Core.Scheduling;

/// <summary>
/// "Targets changed, reload now": raised by the Redis subscription (or in-process by the dashboard when
/// both run in one process) and consumed by the scheduler loop. Signals raised while a reload is
/// already pending merge into one.
/// </summary>
public sealed class TargetsChangedSignal
{
    private TaskCompletionSource _pending = NewSource();

    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>True, and resets, when a change was signalled since the last call.</summary>
    internal bool TryConsume()
    {
        var current = Volatile.Read(ref _pending);
        return current.Task.IsCompleted
            && ReferenceEquals(Interlocked.CompareExchange(ref _pending, NewSource(), current), current);
    }

    /// <summary>Waits for <paramref name="delay"/> on <paramref name="time"/>, or less when a change is signalled.</summary>
    internal async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        var signalled = Volatile.Read(ref _pending).Task;
        if (delay <= TimeSpan.Zero || signalled.IsCompleted)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(delay, time, stop.Token);
        await Task.WhenAny(signalled, elapsed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

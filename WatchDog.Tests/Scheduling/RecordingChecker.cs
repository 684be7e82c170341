using System.Collections.Concurrent;
using WatchDog.Core.Checks;
using WatchDog.Core.Probing;

namespace WatchDog.Tests.Scheduling;

/// <summary>
/// Stands in for the HTTP checker (the engine's edge to the network): answers "up" at once, records
/// every call, and can be told to hang for chosen targets until released or cancelled.
/// </summary>
internal sealed class RecordingChecker(TimeProvider time, string name = "checker") : ITargetChecker
{
    private readonly ConcurrentQueue<CheckCall> _calls = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _hanging = new();
    private int _running;
    private int _maxRunning;

    public IReadOnlyList<CheckCall> Calls => [.. _calls];

    public int Running => Volatile.Read(ref _running);

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    /// <summary>Checks of <paramref name="targetId"/> hang until <see cref="Release"/> or cancellation.</summary>
    public void Hang(Guid targetId) =>
        _hanging[targetId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(Guid targetId)
    {
        if (_hanging.TryRemove(targetId, out var gate))
        {
            gate.TrySetResult();
        }
    }

    public async Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        _calls.Enqueue(new CheckCall(name, request.TargetId, request.Url, request.DueAt, startedAt));
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        var interrupted = false;
        try
        {
            if (_hanging.TryGetValue(request.TargetId, out var gate))
            {
                await gate.Task.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return new CheckResult
        {
            TargetId = request.TargetId,
            DueAt = request.DueAt,
            StartedAt = startedAt,
            DurationMs = 3,
            StatusCode = interrupted ? null : 200,
            Outcome = interrupted ? CheckOutcome.Down : CheckOutcome.Up,
            ErrorKind = interrupted ? CheckErrorKind.Unexpected : null,
            Error = interrupted ? CheckInterruption.Error : null,
            Attempts = 1,
        };
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}

internal sealed record CheckCall(string Checker, Guid TargetId, string Url, DateTimeOffset DueAt, DateTimeOffset StartedAt);

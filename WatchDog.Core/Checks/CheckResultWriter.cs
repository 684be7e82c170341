using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Telemetry;

namespace WatchDog.Core.Checks;

/// <summary>
/// Collects finished checks in a bounded queue and writes them in batches (up to
/// <see cref="MaxBatchSize"/> rows, or what arrived within <see cref="MaxBatchDelay"/> of the first),
/// then tells the dashboards. <see cref="Complete"/> at shutdown makes the loop write what is queued
/// and end.
/// </summary>
public sealed class CheckResultWriter(
    IDbContextFactory<WatchDogDbContext> contexts,
    ILiveEventPublisher publisher,
    IOptions<CheckOptions> checkOptions,
    TimeProvider time,
    ILogger<CheckResultWriter> logger)
{
    public const int MaxBatchSize = 200;

    public const int Capacity = 10_000;

    public static readonly TimeSpan MaxBatchDelay = TimeSpan.FromMilliseconds(500);

    private const int MaxAttempts = 5;

    private readonly Channel<CheckResult> _queue = Channel.CreateBounded<CheckResult>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CheckResultStore _store = new(contexts, checkOptions.Value);

    /// <summary>Results waiting to be written.</summary>
    public int Pending => _queue.Reader.Count;

    /// <summary>Queues a result; waits only while the queue is full.</summary>
    public ValueTask EnqueueAsync(CheckResult result, CancellationToken cancellationToken) =>
        // A result that fits is taken even when the caller is already stopping: it is a finished check.
        _queue.Writer.TryWrite(result) ? ValueTask.CompletedTask : _queue.Writer.WriteAsync(result, cancellationToken);

    /// <summary>No more results will come: the loop writes what is queued, then ends.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Runs until <see cref="Complete"/> and the queue is empty, or until <paramref name="abort"/>.</summary>
    public async Task RunAsync(CancellationToken abort)
    {
        var batch = new List<CheckResult>(MaxBatchSize);
        var failures = 0;
        while (true)
        {
            try
            {
                if (batch.Count == 0)
                {
                    if (!await _queue.Reader.WaitToReadAsync(abort))
                    {
                        break;
                    }

                    await FillAsync(batch, abort);
                }

                await WriteBatchAsync(batch, abort);
                batch.Clear();
                failures = 0;
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                ResultWriterLog.BatchFailed(logger, ex, batch.Count, failures, MaxAttempts);
                if (failures >= MaxAttempts)
                {
                    batch.Clear();
                    failures = 0;
                }

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 1 << failures)), time, abort);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        if (batch.Count + _queue.Reader.Count > 0)
        {
            ResultWriterLog.Unwritten(logger, batch.Count + _queue.Reader.Count);
        }
    }

    /// <summary>Writes one batch now and publishes what was recorded; returns the rows written.</summary>
    internal async Task<int> WriteBatchAsync(IReadOnlyList<CheckResult> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var (recorded, changes) = await _store.WriteAsync(batch, cancellationToken);
        foreach (var change in changes)
        {
            ResultWriterLog.StatusChanged(logger, change.TargetName, change.TargetId, change.From, change.To);
        }

        WorkerTelemetry.ResultsWritten.Add(recorded.Count);
        ResultWriterLog.BatchWritten(logger, recorded.Count, batch.Count - recorded.Count);
        if (recorded.Count > 0)
        {
            try
            {
                await publisher.PublishChecksRecordedAsync(recorded, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The rows are safe; dashboards catch up from the database on their next load.
                ResultWriterLog.PublishFailed(logger, ex, recorded.Count);
            }
        }

        return recorded.Count;
    }

    private async Task FillAsync(List<CheckResult> batch, CancellationToken abort)
    {
        using var window = new CancellationTokenSource(MaxBatchDelay, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, window.Token);
        while (batch.Count < MaxBatchSize)
        {
            if (_queue.Reader.TryRead(out var result))
            {
                batch.Add(result);
                continue;
            }

            try
            {
                if (!await _queue.Reader.WaitToReadAsync(linked.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested && !abort.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

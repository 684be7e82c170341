using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Leasing;
using WatchDog.Core.Persistence;
using WatchDog.Core.Probing;
using WatchDog.Core.Telemetry;

namespace WatchDog.Core.Scheduling;

/// <summary>
/// Dispatches each active target's checks at its slots while a lease is held. One loop sleeps until the
/// earliest due slot or the next target refresh; each check then runs on its own task, at most
/// <see cref="SchedulingOptions.MaxConcurrentChecks"/> at a time, so a hanging target delays no other.
/// </summary>
public sealed class CheckScheduler(
    IDbContextFactory<WatchDogDbContext> contexts,
    ITargetChecker checker,
    CheckResultWriter writer,
    TargetsChangedSignal changes,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<CheckScheduler> logger)
{
    private static readonly TimeSpan s_errorBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_abortWait = TimeSpan.FromSeconds(2);

    private readonly SchedulingOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentChecks, options.Value.MaxConcurrentChecks);
    private readonly Dictionary<Guid, Task> _inFlight = [];
    private readonly Lock _inFlightLock = new();

    // Checks run on past the stop signal, for up to the shutdown grace, so a restart does not cut them
    // short; this is cancelled only when that grace runs out.
    private readonly CancellationTokenSource _abortChecks = new();
    private long _refreshes;
    private int _scheduled;

    /// <summary>Targets known to the running loop.</summary>
    internal int ScheduledCount => Volatile.Read(ref _scheduled);

    /// <summary>Completed target refreshes since start; lets tests wait for one.</summary>
    internal long RefreshCount => Interlocked.Read(ref _refreshes);

    internal int InFlightCount
    {
        get
        {
            lock (_inFlightLock)
            {
                return _inFlight.Count;
            }
        }
    }

    /// <summary>
    /// Schedules until <see cref="LeaseSession.Lost"/> is cancelled; from then on nothing new starts.
    /// Checks already running continue under <paramref name="stoppingToken"/> and are recorded with the
    /// session's epoch.
    /// </summary>
    public async Task RunAsync(LeaseSession session, CancellationToken stoppingToken)
    {
        var queue = new DueQueue();
        var nextRefresh = DateTimeOffset.MinValue;
        while (!session.Lost.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                if (now >= nextRefresh || changes.TryConsume())
                {
                    await RefreshAsync(queue, session.Lost);
                    now = time.GetUtcNow();
                    nextRefresh = now + _options.RefreshInterval;
                }

                while (queue.TryTakeDue(now, out var target, out var due))
                {
                    if (!target.IsInWindow(due))
                    {
                        // Outside the keep-warm window: no ping, and no result, so no downtime either.
                        SchedulingLog.SlotOutsideWindow(logger, target.Id, due);
                        continue;
                    }

                    Dispatch(new CheckRequest(target.Id, target.Url, due, target.CheckSettings), session, stoppingToken);
                }

                var wakeAt = queue.NextDueAt is { } nextDue && nextDue < nextRefresh ? nextDue : nextRefresh;
                await changes.WaitAsync(wakeAt - now, time, session.Lost);
            }
            catch (OperationCanceledException) when (session.Lost.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                SchedulingLog.LoopFailed(logger, ex);
                nextRefresh = time.GetUtcNow() + _options.RefreshInterval;
                await DelayQuietlyAsync(s_errorBackoff, session.Lost);
            }
        }

        Volatile.Write(ref _scheduled, 0);
    }

    /// <summary>Waits until every started check has finished and handed its result to the writer.</summary>
    public async Task WaitForInFlightAsync(TimeSpan timeout)
    {
        Task[] running;
        lock (_inFlightLock)
        {
            running = [.. _inFlight.Values];
        }

        try
        {
            await Task.WhenAll(running).WaitAsync(timeout, time);
            return;
        }
        catch (TimeoutException)
        {
            SchedulingLog.InFlightTimedOut(logger, running.Count(t => !t.IsCompleted), timeout);
        }

        // Cut the rest short: an interrupted check says nothing about its target, so it is not recorded.
        await _abortChecks.CancelAsync();
        try
        {
            await Task.WhenAll(running).WaitAsync(s_abortWait, time);
        }
        catch (TimeoutException)
        {
            SchedulingLog.InFlightTimedOut(logger, running.Count(t => !t.IsCompleted), s_abortWait);
        }
    }

    private async Task RefreshAsync(DueQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            List<TargetSnapshot> active;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                active = await db.Targets.AsNoTracking()
                    .Where(t => t.IsActive)
                    .Select(t => new TargetSnapshot(
                        t.Id,
                        t.Url,
                        t.Interval,
                        t.UpdatedAt,
                        t.LastCheckedAt,
                        t.KeepWarmSchedule,
                        t.KeepWarmTimeZone,
                        t.CheckSettings))
                    .ToListAsync(cancellationToken);
            }

            var changed = queue.Apply(active, time.GetUtcNow());
            Volatile.Write(ref _scheduled, queue.Count);
            if (changed.Any)
            {
                SchedulingLog.TargetsRefreshed(logger, queue.Count, changed.Added, changed.Edited, changed.Removed);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Keep checking the targets already known; the next refresh tries again.
            SchedulingLog.RefreshFailed(logger, ex);
        }
        finally
        {
            Interlocked.Increment(ref _refreshes);
        }
    }

    private void Dispatch(CheckRequest request, LeaseSession session, CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_inFlightLock)
        {
            if (!_inFlight.TryAdd(request.TargetId, done.Task))
            {
                SchedulingLog.SlotSkipped(logger, request.TargetId, request.DueAt);
                return;
            }
        }

        _ = Task.Run(() => RunCheckAsync(request, session, done, stoppingToken), CancellationToken.None);
    }

    private async Task RunCheckAsync(
        CheckRequest request,
        LeaseSession session,
        TaskCompletionSource done,
        CancellationToken stoppingToken)
    {
        var acquired = false;
        try
        {
            // Waiting for a free place ends with the lease: a check not yet started is not started.
            await _slots.WaitAsync(session.Lost);
            acquired = true;
            var startedAt = time.GetUtcNow();
            WorkerTelemetry.ScheduleLateness.Record((startedAt - request.DueAt).TotalMilliseconds);

            var result = await checker.CheckAsync(request, _abortChecks.Token);
            if (_abortChecks.IsCancellationRequested && result.Error == CheckInterruption.Error)
            {
                SchedulingLog.CheckAbandoned(logger, request.TargetId, request.DueAt);
                return;
            }

            result.TargetId = request.TargetId;
            result.DueAt = request.DueAt;
            result.LeaseEpoch = session.Epoch;
            await writer.EnqueueAsync(result, _abortChecks.Token);
        }
        catch (OperationCanceledException) when (session.Lost.IsCancellationRequested
            || stoppingToken.IsCancellationRequested
            || _abortChecks.IsCancellationRequested)
        {
            SchedulingLog.CheckAbandoned(logger, request.TargetId, request.DueAt);
        }
        catch (Exception ex)
        {
            SchedulingLog.CheckFailed(logger, ex, request.TargetId, request.DueAt);
        }
        finally
        {
            if (acquired)
            {
                _slots.Release();
            }

            lock (_inFlightLock)
            {
                _inFlight.Remove(request.TargetId);
            }

            done.TrySetResult();
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}

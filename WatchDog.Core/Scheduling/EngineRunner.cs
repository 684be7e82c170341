using Microsoft.Extensions.Logging;
using WatchDog.Core.Checks;
using WatchDog.Core.Coordination;
using WatchDog.Core.History;
using WatchDog.Core.Leasing;

namespace WatchDog.Core.Scheduling;

/// <summary>
/// Runs the whole engine until stopped: the result writer, the change feed, and under the lease keeper the
/// scheduler and history maintenance. On stop, in this order: no new checks start, the lease is released, running checks
/// finish (their checker sees the stop and reports the interrupted check), and queued results are written.
/// </summary>
public sealed class EngineRunner(
    LeaseKeeper leaseKeeper,
    CheckScheduler scheduler,
    CheckResultWriter writer,
    HistoryMaintenance history,
    ITargetsChangedFeed changesFeed,
    ILogger<EngineRunner> logger)
{
    /// <summary>How long shutdown waits for running checks, then for the last results to be written.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var abortWriter = new CancellationTokenSource();
        var writing = writer.RunAsync(abortWriter.Token);
        await using var subscription = await SubscribeAsync(stoppingToken);

        await leaseKeeper.RunAsync(session => LeadAsync(session, stoppingToken), stoppingToken);

        await scheduler.WaitForInFlightAsync(ShutdownGrace);
        writer.Complete();
        try
        {
            await writing.WaitAsync(ShutdownGrace, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            await abortWriter.CancelAsync();
            await writing;
        }
    }

    // What the lease holder alone does: schedule checks, and keep history rolled up and pruned.
    private async Task LeadAsync(LeaseSession session, CancellationToken stoppingToken)
    {
        using var leading = CancellationTokenSource.CreateLinkedTokenSource(session.Lost, stoppingToken);
        await Task.WhenAll(scheduler.RunAsync(session, stoppingToken), history.RunAsync(leading.Token));
    }

    private async Task<IAsyncDisposable> SubscribeAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await changesFeed.SubscribeAsync(stoppingToken);
        }
        catch (Exception ex)
        {
            // Target changes still arrive through the periodic refresh.
            SchedulingLog.EngineFailed(logger, ex, "target change subscription");
            return await new NoTargetsChangedFeed().SubscribeAsync(CancellationToken.None);
        }
    }
}

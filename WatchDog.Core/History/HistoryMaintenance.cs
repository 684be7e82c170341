using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchDog.Core.History;

/// <summary>
/// The loop that keeps history cheap: roll up, then prune, every <see cref="HistoryOptions.MaintenanceInterval"/>.
/// It runs beside the checks, never in their path; the engine runs it only while it holds the lease, so
/// one process at a time does this work.
/// </summary>
public sealed partial class HistoryMaintenance(
    RollupService rollups,
    RetentionPruner pruner,
    TimeProvider timeProvider,
    IOptions<HistoryOptions> options,
    ILogger<HistoryMaintenance> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogMaintenanceFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.MaintenanceInterval, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await rollups.RollUpAsync(cancellationToken);
        await pruner.PruneAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "History rollup or pruning failed; trying again next round")]
    private static partial void LogMaintenanceFailed(ILogger logger, Exception exception);
}

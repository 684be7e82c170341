using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.History;

/// <summary>
/// Deletes raw results past <see cref="HistoryOptions.RawRetention"/> and rollups past
/// <see cref="HistoryOptions.RollupRetention"/>, a batch per statement so that no delete holds locks for
/// long. Raw results are never deleted before they are rolled up.
/// </summary>
public sealed partial class RetentionPruner(
    IDbContextFactory<WatchDogDbContext> dbFactory,
    RollupService rollups,
    TimeProvider timeProvider,
    IOptions<HistoryOptions> options,
    ILogger<RetentionPruner> logger)
{
    /// <summary>Batches per call, so one call stays short even with a large backlog; the next call goes on.</summary>
    private const int MaxBatchesPerRun = 20;

    /// <summary>Returns the number of raw results and rollups deleted.</summary>
    public async Task<(int RawResults, int Rollups)> PruneAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        var rolledUntil = await rollups.GetRolledUntilAsync(cancellationToken);
        if (rolledUntil is null)
        {
            return (0, 0);
        }

        var rawCutoff = Min(now - settings.RawRetention, rolledUntil.Value);
        var rollupCutoff = now - settings.RollupRetention;
        var raw = 0;
        var rolled = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var deletedRaw = await db.CheckResults
                .Where(c => db.CheckResults
                    .Where(old => old.DueAt < rawCutoff)
                    .OrderBy(old => old.Id)
                    .Take(settings.PruneBatchSize)
                    .Select(old => old.Id)
                    .Contains(c.Id))
                .ExecuteDeleteAsync(cancellationToken);
            var deletedRollups = await db.CheckRollups
                .Where(r => r.PeriodStart < rollupCutoff)
                .Take(settings.PruneBatchSize)
                .ExecuteDeleteAsync(cancellationToken);
            raw += deletedRaw;
            rolled += deletedRollups;
            if (deletedRaw < settings.PruneBatchSize && deletedRollups < settings.PruneBatchSize)
            {
                break;
            }
        }

        if (raw + rolled > 0)
        {
            LogPruned(logger, raw, rolled);
        }

        return (raw, rolled);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {RawResults} raw results and {Rollups} rollups")]
    private static partial void LogPruned(ILogger logger, int rawResults, int rollups);
}

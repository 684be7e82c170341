using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;

namespace WatchDog.Web.Live;

/// <summary>
/// Embedded mode (no Redis): reads results newer than the last one seen, once a second for the whole
/// process. Starts from the newest existing row so that history is not replayed as live events.
/// </summary>
internal sealed partial class DatabaseCheckFeed(
    IDbContextFactory<WatchDogDbContext> contextFactory,
    TimeProvider timeProvider,
    ILogger<DatabaseCheckFeed> logger) : ICheckFeed
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private const int BatchSize = 500;

    public async Task RunAsync(Func<IReadOnlyList<CheckRecorded>, Task> onChecks, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, timeProvider);
        try
        {
            await PollAsync(timer, onChecks, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: nothing more to read.
        }
    }

    private async Task PollAsync(
        PeriodicTimer timer,
        Func<IReadOnlyList<CheckRecorded>, Task> onChecks,
        CancellationToken stoppingToken)
    {
        long? lastSeen = null;
        do
        {
            try
            {
                await using var db = contextFactory.CreateDbContext();
                if (lastSeen is null)
                {
                    lastSeen = await db.CheckResults.MaxAsync(c => (long?)c.Id, stoppingToken) ?? 0;
                    continue;
                }

                var batch = await ReadAfterAsync(db, lastSeen.Value, stoppingToken);
                if (batch.Count > 0)
                {
                    lastSeen = batch[^1].CheckId;
                    await onChecks(batch);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static async Task<List<CheckRecorded>> ReadAfterAsync(
        WatchDogDbContext db,
        long lastSeen,
        CancellationToken cancellationToken) =>
        await db.CheckResults.AsNoTracking()
            .Where(c => c.Id > lastSeen)
            .OrderBy(c => c.Id)
            .Take(BatchSize)
            .Join(db.Targets, c => c.TargetId, t => t.Id, (c, t) => new CheckRecorded(
                c.TargetId,
                c.Id,
                c.DueAt,
                c.StartedAt,
                c.DurationMs,
                c.StatusCode,
                c.Outcome,
                c.Error,
                c.Attempts,
                c.ColdStart,
                t.Status))
            .ToListAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading new check results for the dashboard failed; retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}

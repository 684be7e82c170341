using WatchDog.Core.Live;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Live;

/// <summary>
/// Runs the process's one check feed and passes each batch to <see cref="LiveUpdates"/>, then refreshes the
/// stats with one query, so every open dashboard gets both without a query of its own.
/// </summary>
internal sealed partial class LiveFeedService(
    ICheckFeed feed,
    LiveUpdates updates,
    TargetService targets,
    ILogger<LiveFeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogFeedStarting(logger, feed.GetType().Name);
        await feed.RunAsync(checks => OnChecksAsync(checks, stoppingToken), stoppingToken);
    }

    private async Task OnChecksAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken stoppingToken)
    {
        if (checks.Count == 0)
        {
            return;
        }

        await updates.PublishChecksAsync(checks);
        if (updates.HasSubscribers)
        {
            await updates.PublishStatsAsync(await targets.GetStatsAsync(stoppingToken));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live dashboard updates come from {Feed}")]
    private static partial void LogFeedStarting(ILogger logger, string feed);
}

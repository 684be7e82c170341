using System.Text.Json;
using StackExchange.Redis;
using WatchDog.Core.Live;

namespace WatchDog.Web.Live;

/// <summary>Listens on <see cref="LiveChannels.ChecksRecorded"/>: each message is a JSON array of checks.</summary>
internal sealed partial class RedisCheckFeed(
    IConnectionMultiplexer redis,
    TimeProvider timeProvider,
    ILogger<RedisCheckFeed> logger) : ICheckFeed
{
    public async Task RunAsync(Func<IReadOnlyList<CheckRecorded>, Task> onChecks, CancellationToken stoppingToken)
    {
        var channel = RedisChannel.Literal(LiveChannels.ChecksRecorded);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Subscribing is inside the loop: Redis may be down when the dashboard starts.
                var queue = await redis.GetSubscriber().SubscribeAsync(channel);
                try
                {
                    await ReadAsync(queue, onChecks, stoppingToken);
                }
                finally
                {
                    await queue.UnsubscribeAsync();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFeedFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), timeProvider, stoppingToken);
            }
        }
    }

    private async Task ReadAsync(
        ChannelMessageQueue queue,
        Func<IReadOnlyList<CheckRecorded>, Task> onChecks,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var message = await queue.ReadAsync(stoppingToken);
            try
            {
                var checks = JsonSerializer.Deserialize<CheckRecorded[]>((string)message.Message!, LiveJson.Options);
                if (checks is { Length: > 0 })
                {
                    await onChecks(checks);
                }
            }
            catch (JsonException ex)
            {
                LogBadMessage(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A checks-recorded message could not be read")]
    private static partial void LogBadMessage(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passing recorded checks to the dashboard failed")]
    private static partial void LogFeedFailed(ILogger logger, Exception exception);
}

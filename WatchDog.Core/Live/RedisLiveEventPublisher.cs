using System.Text.Json;
using StackExchange.Redis;

namespace WatchDog.Core.Live;

/// <summary>Publishes live events on the Redis channels of <see cref="LiveChannels"/>, as JSON.</summary>
internal sealed class RedisLiveEventPublisher(IConnectionMultiplexer redis) : ILiveEventPublisher
{
    private static readonly RedisChannel s_checksRecorded = RedisChannel.Literal(LiveChannels.ChecksRecorded);
    private static readonly RedisChannel s_targetsChanged = RedisChannel.Literal(LiveChannels.TargetsChanged);

    public async Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(checks, LiveJson.Options);
        await redis.GetSubscriber().PublishAsync(s_checksRecorded, payload).WaitAsync(cancellationToken);
    }

    public async Task PublishTargetsChangedAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().PublishAsync(s_targetsChanged, "{}").WaitAsync(cancellationToken);
}

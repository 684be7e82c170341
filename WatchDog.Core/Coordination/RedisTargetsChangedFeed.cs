using StackExchange.Redis;
using WatchDog.Core.Live;
using WatchDog.Core.Scheduling;

namespace WatchDog.Core.Coordination;

/// <summary>Turns each message on <see cref="LiveChannels.TargetsChanged"/> into an immediate target reload.</summary>
internal sealed class RedisTargetsChangedFeed(IConnectionMultiplexer redis, TargetsChangedSignal signal)
    : ITargetsChangedFeed
{
    private static readonly RedisChannel s_channel = RedisChannel.Literal(LiveChannels.TargetsChanged);

    public async Task<IAsyncDisposable> SubscribeAsync(CancellationToken cancellationToken)
    {
        var subscriber = redis.GetSubscriber();
        Action<RedisChannel, RedisValue> handler = (_, _) => signal.Notify();
        await subscriber.SubscribeAsync(s_channel, handler).WaitAsync(cancellationToken);
        return new Subscription(subscriber, handler);
    }

    private sealed class Subscription(ISubscriber subscriber, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await subscriber.UnsubscribeAsync(s_channel, handler);
            }
            catch (RedisException)
            {
                // The connection is gone; so is the subscription.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}

using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WatchDog.Core.Leasing;

/// <summary>
/// Leases as Redis keys: <c>{prefix}lease:{name}</c> holds the holder's token with a TTL, and
/// <c>{prefix}lease:{name}:epoch</c> counts holders. Each operation is one Lua script, so the
/// compare (is it ours?) and the act happen atomically on the server.
/// </summary>
internal sealed class RedisLeaseStore(IConnectionMultiplexer redis, IOptions<LeaseOptions> options) : ILeaseStore
{
    // Free → take it and raise the epoch; ours → extend; someone else's → tell how long it still runs.
    private const string AcquireScript = """
        local current = redis.call('GET', KEYS[1])
        if not current then
          local epoch = redis.call('INCR', KEYS[2])
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
          return {1, epoch}
        end
        if current == ARGV[1] then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          return {1, tonumber(redis.call('GET', KEYS[2]) or '0')}
        end
        return {0, redis.call('PTTL', KEYS[1])}
        """;

    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private readonly string _prefix = options.Value.KeyPrefix;

    public async Task<LeaseAttempt> TryAcquireAsync(
        string name,
        string holder,
        TimeSpan ttl,
        CancellationToken cancellationToken)
    {
        var key = LeaseKey(name);
        var result = await redis.GetDatabase()
            .ScriptEvaluateAsync(AcquireScript, [key, key + ":epoch"], [holder, Milliseconds(ttl)])
            .WaitAsync(cancellationToken);
        var values = (RedisResult[])result!;
        return (long)values[0] == 1
            ? LeaseAttempt.Granted((long)values[1])
            : LeaseAttempt.HeldByOther(TimeSpan.FromMilliseconds((long)values[1]));
    }

    public async Task<bool> RenewAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase()
            .ScriptEvaluateAsync(RenewScript, [LeaseKey(name)], [holder, Milliseconds(ttl)])
            .WaitAsync(cancellationToken);
        return (long)result == 1;
    }

    public async Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase()
            .ScriptEvaluateAsync(ReleaseScript, [LeaseKey(name)], [holder])
            .WaitAsync(cancellationToken);
        return (long)result == 1;
    }

    private string LeaseKey(string name) => $"{_prefix}lease:{name}";

    private static long Milliseconds(TimeSpan ttl) => Math.Max(1, (long)ttl.TotalMilliseconds);
}

using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WatchDog.Core.Leasing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Leasing;

public sealed class RedisLeaseStoreTests : LeaseStoreContract
{
    private ConnectionMultiplexer _redis = null!;

    public override async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis).WaitAsync(TimeSpan.FromSeconds(20));
        var options = Options.Create(new LeaseOptions { KeyPrefix = $"test:{Guid.NewGuid():N}:" });
        Store = new RedisLeaseStore(_redis, options);
    }

    public override async Task DisposeAsync() => await _redis.DisposeAsync();

    // Redis expires keys on its own clock.
    protected override Task LetExpireAsync() => Task.Delay(Ttl + TimeSpan.FromMilliseconds(300));
}

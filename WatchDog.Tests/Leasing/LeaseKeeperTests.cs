using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WatchDog.Core.Leasing;
using WatchDog.Tests.Infrastructure;
using WatchDog.Tests.Scheduling;

namespace WatchDog.Tests.Leasing;

public sealed class LeaseKeeperTests : IAsyncLifetime
{
    private readonly LeaseOptions _options = new()
    {
        KeyPrefix = $"test:{Guid.NewGuid():N}:",
        Ttl = TimeSpan.FromSeconds(2),
        RenewInterval = TimeSpan.FromMilliseconds(300),
    };

    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() =>
        _redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis).WaitAsync(TimeSpan.FromSeconds(20));

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task RunAsync_LeaseTakenByAnother_CancelsTheSessionAtTheNextRenewal()
    {
        var store = new RedisLeaseStore(_redis, Options.Create(_options));
        var keeper = NewKeeper(store);
        using var stopping = new CancellationTokenSource();
        LeaseSession? session = null;
        var running = keeper.RunAsync(
            async s =>
            {
                session = s;
                await Task.Delay(Timeout.Infinite, s.Lost);
            },
            stopping.Token);
        await Eventually.TrueAsync(() => session is not null, "the keeper gained the lease");

        await _redis.GetDatabase().KeyDeleteAsync($"{_options.KeyPrefix}lease:{_options.Name}");
        var other = await store.TryAcquireAsync(_options.Name, "intruder", _options.Ttl, CancellationToken.None);
        await Eventually.TrueAsync(() => session!.Lost.IsCancellationRequested, "the session was cancelled", TimeSpan.FromSeconds(1));

        Assert.True(other.Acquired);
        Assert.True(other.Epoch > session!.Epoch);
        Assert.Equal(0, keeper.HeldEpoch);
        await stopping.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await store.RenewAsync(_options.Name, "intruder", _options.Ttl, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_Stopped_ReleasesSoAnotherTakesOverAtOnce()
    {
        var store = new RedisLeaseStore(_redis, Options.Create(_options));
        var keeper = NewKeeper(store);
        using var stopping = new CancellationTokenSource();
        var running = keeper.RunAsync(s => Task.Delay(Timeout.Infinite, s.Lost), stopping.Token);
        await Eventually.TrueAsync(() => keeper.HeldEpoch > 0, "the keeper gained the lease");

        await stopping.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        var next = await store.TryAcquireAsync(_options.Name, "next", _options.Ttl, CancellationToken.None);

        Assert.True(next.Acquired);
    }

    private LeaseKeeper NewKeeper(ILeaseStore store) =>
        new(store, new LeaseHolder(), Options.Create(_options), TimeProvider.System, NullLogger<LeaseKeeper>.Instance);
}

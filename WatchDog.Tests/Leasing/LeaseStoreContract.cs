using WatchDog.Core.Leasing;

namespace WatchDog.Tests.Leasing;

/// <summary>The rules every lease store keeps, run against each real store by the classes deriving from it.</summary>
public abstract class LeaseStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);

    private readonly string _name = "lease-" + Guid.NewGuid().ToString("N");

    protected ILeaseStore Store { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>Lets more than <see cref="Ttl"/> pass, as the store measures time.</summary>
    protected abstract Task LetExpireAsync();

    [Fact]
    public async Task TryAcquire_WhileHeld_OnlyOneHolder()
    {
        var first = await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());
        var second = await Store.TryAcquireAsync(_name, "b", Ttl, Timeout());

        Assert.True(first.Acquired);
        Assert.False(second.Acquired);
        Assert.InRange(second.HeldFor, TimeSpan.FromMilliseconds(1), Ttl);
    }

    [Fact]
    public async Task TryAcquire_ByTheHolderAgain_KeepsTheEpoch()
    {
        var first = await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());
        var again = await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());

        Assert.True(again.Acquired);
        Assert.Equal(first.Epoch, again.Epoch);
    }

    [Fact]
    public async Task RenewAndRelease_ByAnotherHolder_RefusedAndLeaseKept()
    {
        await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());

        Assert.False(await Store.RenewAsync(_name, "b", Ttl, Timeout()));
        Assert.False(await Store.ReleaseAsync(_name, "b", Timeout()));
        Assert.False((await Store.TryAcquireAsync(_name, "b", Ttl, Timeout())).Acquired);
        Assert.True(await Store.RenewAsync(_name, "a", Ttl, Timeout()));
    }

    [Fact]
    public async Task Release_ByTheHolder_FreesTheLeaseAndTheNextHolderGetsAHigherEpoch()
    {
        var first = await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());

        Assert.True(await Store.ReleaseAsync(_name, "a", Timeout()));
        var next = await Store.TryAcquireAsync(_name, "b", Ttl, Timeout());

        Assert.True(next.Acquired);
        Assert.Equal(first.Epoch + 1, next.Epoch);
        Assert.False(await Store.RenewAsync(_name, "a", Ttl, Timeout()));
    }

    [Fact]
    public async Task TryAcquire_AfterExpiry_TakenOverWithAHigherEpoch()
    {
        var first = await Store.TryAcquireAsync(_name, "a", Ttl, Timeout());

        await LetExpireAsync();
        var takeover = await Store.TryAcquireAsync(_name, "b", Ttl, Timeout());

        Assert.True(takeover.Acquired);
        Assert.True(takeover.Epoch > first.Epoch);
        Assert.False(await Store.RenewAsync(_name, "a", Ttl, Timeout()));
        Assert.False(await Store.ReleaseAsync(_name, "a", Timeout()));
        Assert.True(await Store.RenewAsync(_name, "b", Ttl, Timeout()));
    }

    [Fact]
    public async Task TryAcquire_ManyRacing_ExactlyOneWins()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Store.TryAcquireAsync(_name, $"racer-{i}", Ttl, Timeout()))));

        Assert.Single(attempts, a => a.Acquired);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}

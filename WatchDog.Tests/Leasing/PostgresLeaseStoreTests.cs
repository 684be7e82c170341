using Microsoft.Extensions.Time.Testing;
using WatchDog.Core.Leasing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Leasing;

public sealed class PostgresLeaseStoreTests : LeaseStoreContract
{
    private readonly PostgresDatabase _database = new();
    // Never advanced: the store must not use it on PostgreSQL, and a lease would never expire if it did.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Store = new DatabaseLeaseStore(new ContextFactory(_database.CreateDbContext), _time);
    }

    public override Task DisposeAsync() => _database.DisposeAsync();

    // On PostgreSQL the store reads the database server's clock, so real time has to pass.
    protected override Task LetExpireAsync() => Task.Delay(Ttl + TimeSpan.FromMilliseconds(300));
}

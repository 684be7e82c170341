using Microsoft.Extensions.Time.Testing;
using WatchDog.Core.Leasing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Leasing;

public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Store = new DatabaseLeaseStore(new ContextFactory(_database.CreateDbContext), _time);
    }

    public override Task DisposeAsync() => _database.DisposeAsync();

    protected override Task LetExpireAsync()
    {
        _time.Advance(Ttl + TimeSpan.FromMilliseconds(1));
        return Task.CompletedTask;
    }
}

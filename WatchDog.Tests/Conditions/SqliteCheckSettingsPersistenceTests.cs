using WatchDog.Core.Persistence;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Conditions;

public sealed class SqliteCheckSettingsPersistenceTests : CheckSettingsPersistenceContract
{
    private readonly SqliteDatabase _database = new();

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override Task DisposeAsync() => _database.DisposeAsync();

    protected override WatchDogDbContext CreateDbContext() => _database.CreateDbContext();
}

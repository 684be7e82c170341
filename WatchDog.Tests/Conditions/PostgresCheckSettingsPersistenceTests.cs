using WatchDog.Core.Persistence;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Conditions;

public sealed class PostgresCheckSettingsPersistenceTests : CheckSettingsPersistenceContract
{
    private readonly PostgresDatabase _database = new();

    public override Task InitializeAsync() => _database.InitializeAsync();

    public override Task DisposeAsync() => _database.DisposeAsync();

    protected override WatchDogDbContext CreateDbContext() => _database.CreateDbContext();
}

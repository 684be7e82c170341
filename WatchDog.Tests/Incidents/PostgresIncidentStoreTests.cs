using WatchDog.Core.Persistence;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Incidents;

public sealed class PostgresIncidentStoreTests : IncidentStoreContract
{
    private readonly PostgresDatabase _database = new();

    protected override Task InitializeDatabaseAsync() => _database.InitializeAsync();

    protected override Task DisposeDatabaseAsync() => _database.DisposeAsync();

    protected override WatchDogDbContext CreateDbContext() => _database.CreateDbContext();
}

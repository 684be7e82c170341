using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Web;

/// <summary>One migrated database and one running app for a test class; each test makes its own targets.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public WatchDogWebFactory Factory { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = await WatchDogWebFactory.StartAsync(Database);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

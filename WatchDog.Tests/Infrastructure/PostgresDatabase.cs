using Microsoft.EntityFrameworkCore;
using Npgsql;
using WatchDog.Core.Persistence;

namespace WatchDog.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated PostgreSQL database for one test class, dropped afterwards. Use as an
/// <c>IClassFixture</c> or create one per test with <see cref="CreateAsync"/>.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _name = "wd_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = "";

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        return database;
    }

    public PostgresWatchDogDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<PostgresWatchDogDbContext>()
            .UseNpgsql(ConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using (var admin = new NpgsqlConnection(TestServers.Postgres))
        {
            await admin.OpenAsync(timeout.Token);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", admin);
            await create.ExecuteNonQueryAsync(timeout.Token);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = _name }.ConnectionString;
        await using var context = CreateDbContext();
        await context.Database.MigrateAsync(timeout.Token);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var admin = new NpgsqlConnection(TestServers.Postgres);
        await admin.OpenAsync(timeout.Token);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(timeout.Token);
    }
}

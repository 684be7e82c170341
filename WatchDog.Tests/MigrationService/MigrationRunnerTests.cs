using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using WatchDog.Core.Persistence;
using WatchDog.MigrationService.Schema;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.MigrationService;

public sealed class MigrationRunnerTests
{
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Run_FreshSqliteFileInMissingFolder_AppliesEveryMigrationAndSucceeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"watchdog-migrations-{Guid.NewGuid():N}", "nested");
        var connectionString = $"Data Source={Path.Combine(folder, "watchdog.db")}";
        try
        {
            var result = await RunAsync(connectionString, DatabaseProvider.Sqlite);

            Assert.True(result.Succeeded);
            Assert.Equal(0, result.ExitCode);
            await using var context = CreateSqliteContext(connectionString);
            Assert.NotEmpty(result.Applied);
            Assert.Equal(context.Database.GetMigrations(), result.Applied);
            Assert.Equal(result.Applied, await context.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await context.Targets.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task Run_EmptyPostgresDatabase_AppliesEveryMigrationAndSucceeds()
    {
        await using var database = await EmptyPostgresDatabase.CreateAsync(create: true);

        var result = await RunAsync(database.ConnectionString, DatabaseProvider.Postgres);

        Assert.True(result.Succeeded);
        await using var context = CreatePostgresContext(database.ConnectionString);
        Assert.NotEmpty(result.Applied);
        Assert.Equal(context.Database.GetMigrations(), result.Applied);
        Assert.Equal(result.Applied, await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await context.Targets.CountAsync());
    }

    [Fact]
    public async Task Run_PostgresDatabaseMissing_CreatesAndMigratesIt()
    {
        await using var database = await EmptyPostgresDatabase.CreateAsync(create: false);

        var result = await RunAsync(database.ConnectionString, DatabaseProvider.Postgres);

        Assert.True(result.Succeeded);
        await using var context = CreatePostgresContext(database.ConnectionString);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Run_Twice_SecondRunAppliesNothingAndSucceeds()
    {
        await using var database = await EmptyPostgresDatabase.CreateAsync(create: true);
        var sqliteFile = Path.Combine(Path.GetTempPath(), $"watchdog-migrations-{Guid.NewGuid():N}.db");
        try
        {
            foreach (var (connectionString, provider) in new[]
            {
                (database.ConnectionString, DatabaseProvider.Postgres),
                ($"Data Source={sqliteFile}", DatabaseProvider.Sqlite),
            })
            {
                var first = await RunAsync(connectionString, provider);
                var second = await RunAsync(connectionString, provider);

                Assert.True(first.Succeeded, $"{provider}: first run failed");
                Assert.NotEmpty(first.Applied);
                Assert.True(second.Succeeded, $"{provider}: second run failed");
                Assert.Empty(second.Applied);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }

    [Fact]
    public async Task Run_NothingListensOnThePort_FailsWithNonZeroExitCode()
    {
        var connectionString = $"Host=127.0.0.1;Port={UnusedPort()};Username=watchdog;Database=none;Timeout=2";

        var result = await RunAsync(connectionString, DatabaseProvider.Postgres, retryFor: TimeSpan.FromSeconds(1));

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.ExitCode);
    }

    private static async Task<MigrationResult> RunAsync(
        string connectionString,
        DatabaseProvider provider,
        TimeSpan? retryFor = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = connectionString,
            ["WatchDog:Database:Provider"] = provider.ToString(),
            ["WatchDog:Migrations:ConnectRetryTimeout"] = (retryFor ?? TimeSpan.FromSeconds(10)).ToString(),
        });
        builder.Services.AddWatchDogMigrations(builder.Configuration);
        using var host = builder.Build();
        var result = host.Services.GetRequiredService<MigrationResult>();
        using var timeout = new CancellationTokenSource(s_runTimeout);

        // The runner stops the host itself; the timeout only ends a run that hangs, which then reads as failed.
        await host.RunAsync(timeout.Token).WaitAsync(s_runTimeout + TimeSpan.FromSeconds(5));
        return result;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static SqliteWatchDogDbContext CreateSqliteContext(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteWatchDogDbContext>()
            .UseSqlite(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options);

    private static PostgresWatchDogDbContext CreatePostgresContext(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresWatchDogDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options);

    /// <summary>A database name on the test server, created empty (or left to be created), dropped afterwards.</summary>
    private sealed class EmptyPostgresDatabase : IAsyncDisposable
    {
        private readonly string _name = "wd_migrate_" + Guid.NewGuid().ToString("N");

        public string ConnectionString =>
            new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = _name }.ConnectionString;

        public static async Task<EmptyPostgresDatabase> CreateAsync(bool create)
        {
            var database = new EmptyPostgresDatabase();
            if (create)
            {
                await ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
            }

            return database;
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }

        private static async Task ExecuteAsync(string sql)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await using var connection = new NpgsqlConnection(TestServers.Postgres);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(timeout.Token);
        }
    }
}

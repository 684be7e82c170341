using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using WatchDog.Core.Persistence;

namespace WatchDog.Benchmarks;

/// <summary>A throwaway, migrated database: a temporary SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public IConfiguration Configuration => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = ConnectionString,
            ["WatchDog:Database:Provider"] = Provider,
        })
        .Build();

    public static async Task<BenchDatabase> CreateSqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"watchdog-bench-{Guid.NewGuid():N}.db");
        var database = new BenchDatabase("Sqlite", $"Data Source={path}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }

            return Task.CompletedTask;
        });
        await using var db = new SqliteWatchDogDbContext(new DbContextOptionsBuilder<SqliteWatchDogDbContext>()
            .UseSqlite(database.ConnectionString).UseSnakeCaseNamingConvention().Options);
        await db.Database.MigrateAsync();
        return database;
    }

    public static async Task<BenchDatabase> CreatePostgresAsync(string serverConnectionString)
    {
        var name = "wd_bench_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(serverConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        var database = new BenchDatabase("Postgres", connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(serverConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
        await using var db = new PostgresWatchDogDbContext(new DbContextOptionsBuilder<PostgresWatchDogDbContext>()
            .UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);
        await db.Database.MigrateAsync();
        return database;
    }

    public ValueTask DisposeAsync() => new(_drop());
}

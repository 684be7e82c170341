using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WatchDog.Core.Persistence;

/// <summary>The embedded store: one SQLite file. Its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteWatchDogDbContext(DbContextOptions<SqliteWatchDogDbContext> options)
    : WatchDogDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no timestamp type that sorts and compares; stored as a number, times order correctly
        // in queries. All WatchDog times are UTC, so nothing is lost.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WatchDog.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without a running app.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWatchDogDbContext>
{
    public PostgresWatchDogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWatchDogDbContext>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWatchDogDbContext>
{
    public SqliteWatchDogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWatchDogDbContext>().UseSqlite("Data Source=design.db").UseSnakeCaseNamingConvention().Options);
}

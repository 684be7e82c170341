using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WatchDog.Core.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{WatchDogDbContext}"/> for the provider named by
    /// <c>WatchDog:Database:Provider</c>, reading <c>ConnectionStrings:watchdog</c>.
    /// </summary>
    public static IServiceCollection AddWatchDogDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database is configured: set ConnectionStrings:{DatabaseOptions.ConnectionStringName} " +
                $"(and {DatabaseOptions.SectionName}:Provider, Postgres or Sqlite).");
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteWatchDogDbContext>(db => db.UseSqlite(connectionString).UseSnakeCaseNamingConvention());
            services.AddSingleton<IDbContextFactory<WatchDogDbContext>>(sp =>
                new DbContextFactoryAdapter<SqliteWatchDogDbContext>(
                    sp.GetRequiredService<IDbContextFactory<SqliteWatchDogDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresWatchDogDbContext>(db => db.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
            services.AddSingleton<IDbContextFactory<WatchDogDbContext>>(sp =>
                new DbContextFactoryAdapter<PostgresWatchDogDbContext>(
                    sp.GetRequiredService<IDbContextFactory<PostgresWatchDogDbContext>>()));
        }

        services.AddSingleton(options);
        return services;
    }
}

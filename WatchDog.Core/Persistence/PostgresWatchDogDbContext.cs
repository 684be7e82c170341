using Microsoft.EntityFrameworkCore;

namespace WatchDog.Core.Persistence;

/// <summary>The PostgreSQL store: the production database. Its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresWatchDogDbContext(DbContextOptions<PostgresWatchDogDbContext> options)
    : WatchDogDbContext(options);

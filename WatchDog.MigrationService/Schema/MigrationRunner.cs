using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;
using Polly.Retry;
using WatchDog.Core.Persistence;

namespace WatchDog.MigrationService.Schema;

/// <summary>
/// Applies the configured provider's migrations once, retrying while the database is still starting,
/// then stops the application; <see cref="MigrationResult"/> carries the outcome to the exit code.
/// </summary>
internal sealed class MigrationRunner(
    IDbContextFactory<WatchDogDbContext> contextFactory,
    DatabaseOptions database,
    IOptions<MigrationOptions> options,
    MigrationResult result,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<MigrationRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var provider = database.Provider.ToString();
        using var activity = MigrationTelemetry.Source.StartActivity("Migrate database");
        activity?.SetTag("db.system.name", database.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql");
        try
        {
            var applied = await BuildRetryPipeline().ExecuteAsync(MigrateAsync, stoppingToken);
            activity?.SetTag("watchdog.migrations.applied", applied.Count);
            if (applied.Count == 0)
            {
                Log.UpToDate(logger, provider);
            }
            else
            {
                Log.Applied(logger, applied.Count, provider, string.Join(", ", applied));
            }

            result.Succeed(applied);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            activity?.AddException(ex);
            Log.Failed(logger, ex, provider);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async ValueTask<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolderExists(context.Database.GetConnectionString());
        }

        // Migrate creates the database itself when it is missing (on PostgreSQL through the maintenance
        // database), so local mode needs no separate CREATE DATABASE step.
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    private ResiliencePipeline BuildRetryPipeline()
    {
        var started = timeProvider.GetTimestamp();
        var retryFor = options.Value.ConnectRetryTimeout;
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is { } exception
                    && IsTransient(exception)
                    && timeProvider.GetElapsedTime(started) < retryFor),
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(5),
                MaxRetryAttempts = int.MaxValue,
                UseJitter = true,
                OnRetry = arguments =>
                {
                    var reason = arguments.Outcome.Exception?.Message ?? "";
                    Log.Retrying(logger, arguments.AttemptNumber + 1, reason, arguments.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    private static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static void EnsureSqliteFolderExists(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

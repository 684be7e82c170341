using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// The PostgreSQL and redis-server installed on this machine, started by the AppHost on loopback ports and
/// stopped with it. PostgreSQL keeps its data in the data directory; Redis keeps nothing, as everything it
/// holds (leases, signals) is rebuilt by the workers.
/// </summary>
internal static class LocalInfrastructure
{
    private const int PreferredPostgresPort = 15432;
    private const int PreferredRedisPort = 16379;

    public static WatchDogInfrastructure Add(
        IDistributedApplicationBuilder builder,
        InfrastructureSettings settings,
        InfrastructureChoice choice)
    {
        var programs = choice.LocalPrograms
            ?? throw new InvalidOperationException("Local mode was chosen without the local programs.");
        var cluster = new LocalPostgresCluster(programs.PostgresBinDirectory!, settings.PostgresDataDirectory);
        if (builder.ExecutionContext.IsRunMode)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            cluster.EnsureInitialized();
        }

        var postgresPort = LoopbackPorts.PreferOrFree(PreferredPostgresPort);
        var (postgresCommand, postgresArguments) = cluster.ServerCommand(postgresPort);
        builder.Services.AddHealthChecks().AddNpgSql(
            LocalPostgresCluster.ConnectionString(postgresPort, "postgres"),
            name: "postgres-accepts-queries");
        var postgres = builder.AddExecutable("postgres", postgresCommand, cluster.DataDirectory, postgresArguments)
            .WithHealthCheck("postgres-accepts-queries");

        var redisPort = LoopbackPorts.PreferOrFree(PreferredRedisPort);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "redis-accepts-connections",
            _ => new TcpHealthCheck("127.0.0.1", redisPort),
            failureStatus: null,
            tags: null));
        var redisServer = builder.AddExecutable(
                "redis-server",
                programs.RedisServerPath!,
                settings.DataDirectory,
                "--port", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no")
            .WithHealthCheck("redis-accepts-connections");

        var database = builder.AddConnectionString(
            InfrastructureSettings.DatabaseConnectionName,
            Literal(LocalPostgresCluster.ConnectionString(postgresPort, "watchdog")));
        var redis = builder.AddConnectionString(
            InfrastructureSettings.RedisConnectionName,
            Literal($"127.0.0.1:{redisPort}"));

        return new WatchDogInfrastructure(
            choice,
            $"data in {cluster.DataDirectory}, PostgreSQL on 127.0.0.1:{postgresPort}, Redis on 127.0.0.1:{redisPort}",
            database,
            WatchDogInfrastructure.PostgresProvider,
            redis,
            [postgres, redisServer]);
    }

    private static ReferenceExpression Literal(string value) => ReferenceExpression.Create($"{value}");
}

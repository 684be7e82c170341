namespace WatchDog.AppHost.Infrastructure;

/// <summary>PostgreSQL (data kept in a named volume) and Redis as containers.</summary>
internal static class ContainerInfrastructure
{
    private const string ContainerRuntimeKey = "DcpPublisher:ContainerRuntime";

    public static WatchDogInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructureChoice choice)
    {
        // The orchestrator assumes docker; when only podman answered, tell it so.
        if (choice.ContainerRuntime is { Name: "podman" } && string.IsNullOrEmpty(builder.Configuration[ContainerRuntimeKey]))
        {
            builder.Configuration[ContainerRuntimeKey] = "podman";
        }

        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var database = postgres.AddDatabase(InfrastructureSettings.DatabaseConnectionName);
        var redis = builder.AddRedis(InfrastructureSettings.RedisConnectionName);

        return new WatchDogInfrastructure(
            choice,
            $"data in a {choice.ContainerRuntime?.Name ?? "container"} volume of the postgres container",
            database,
            WatchDogInfrastructure.PostgresProvider,
            redis,
            [database, redis]);
    }
}

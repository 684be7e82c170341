namespace WatchDog.AppHost.Infrastructure;

/// <summary>Database and Redis the user already runs (Neon, Upstash, Azure, their own), passed on as given.</summary>
internal static class ExternalInfrastructure
{
    public static WatchDogInfrastructure Add(
        IDistributedApplicationBuilder builder,
        InfrastructureSettings settings,
        InfrastructureChoice choice)
    {
        var database = builder.AddConnectionString(InfrastructureSettings.DatabaseConnectionName);
        var redis = settings.RedisConnectionString is null
            ? null
            : builder.AddConnectionString(InfrastructureSettings.RedisConnectionName);

        // The provider stays as configured (Postgres by default), so a Data Source string with
        // WatchDog:Database:Provider=Sqlite also works here.
        return new WatchDogInfrastructure(
            choice,
            "data in the database of ConnectionStrings:watchdog",
            database,
            DatabaseProvider: null,
            redis,
            Servers: []);
    }
}

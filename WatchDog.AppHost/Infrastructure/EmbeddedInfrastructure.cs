namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// Only the .NET SDK is needed: a SQLite file in the data directory and no Redis, so leases and live
/// updates go through the database.
/// </summary>
internal static class EmbeddedInfrastructure
{
    public static WatchDogInfrastructure Add(
        IDistributedApplicationBuilder builder,
        InfrastructureSettings settings,
        InfrastructureChoice choice)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            Directory.CreateDirectory(settings.DataDirectory);
        }

        var database = builder.AddConnectionString(
            InfrastructureSettings.DatabaseConnectionName,
            ReferenceExpression.Create($"Data Source={settings.SqliteFile}"));

        return new WatchDogInfrastructure(
            choice,
            $"data in {settings.SqliteFile}",
            database,
            WatchDogInfrastructure.SqliteProvider,
            null,
            []);
    }
}

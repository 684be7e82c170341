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
            CreatePrivateFile(settings.SqliteFile);
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

    // The database holds target credentials (basic passwords, bearer tokens), so only its owner may read
    // it. SQLite opens an empty file as a new database and keeps the file's mode.
    private static void CreatePrivateFile(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows())
        {
            return;
        }

        using var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}

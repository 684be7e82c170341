using Microsoft.Extensions.Configuration;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>What the AppHost was told about its infrastructure, read once from its configuration.</summary>
internal sealed record InfrastructureSettings(
    InfrastructureMode RequestedMode,
    string DataDirectory,
    string? DatabaseConnectionString,
    string? RedisConnectionString)
{
    public const string ModeKey = "WatchDog:Infrastructure";

    public const string DataDirectoryKey = "WatchDog:DataDirectory";

    public const string DatabaseConnectionName = "watchdog";

    public const string RedisConnectionName = "redis";

    /// <summary>Where local PostgreSQL keeps its cluster.</summary>
    public string PostgresDataDirectory => Path.Combine(DataDirectory, "postgres");

    /// <summary>Where embedded mode keeps its SQLite file.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "watchdog.db");

    public static InfrastructureSettings FromConfiguration(IConfiguration configuration, string appHostDirectory)
    {
        var modeText = configuration[ModeKey];
        var mode = InfrastructureMode.Auto;
        if (!string.IsNullOrWhiteSpace(modeText)
            && (!Enum.TryParse(modeText, ignoreCase: true, out mode) || !Enum.IsDefined(mode)))
        {
            throw new InvalidOperationException(
                $"{ModeKey} is '{modeText}'; use auto, external, containers, local or embedded.");
        }

        var dataDirectory = configuration[DataDirectoryKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, appHostDirectory)
            : Path.Combine(appHostDirectory, ".data");

        return new InfrastructureSettings(
            mode,
            dataDirectory,
            NullIfBlank(configuration.GetConnectionString(DatabaseConnectionName)),
            NullIfBlank(configuration.GetConnectionString(RedisConnectionName)));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

namespace WatchDog.AppHost.Infrastructure;

/// <summary>What the chosen mode hands to WatchDog's projects.</summary>
/// <param name="Choice">The mode and why it was chosen.</param>
/// <param name="Location">Where the data lives, for the start-up log line.</param>
/// <param name="Database">Becomes <c>ConnectionStrings:watchdog</c> in every project.</param>
/// <param name="DatabaseProvider">
/// <c>WatchDog:Database:Provider</c> for the projects, or null to keep what the AppHost was configured with.
/// </param>
/// <param name="Redis">
/// Becomes <c>ConnectionStrings:redis</c>; null means leases and live updates go through the database.
/// </param>
/// <param name="Servers">Servers the AppHost starts, which the migration step waits for.</param>
internal sealed record WatchDogInfrastructure(
    InfrastructureChoice Choice,
    string Location,
    IResourceBuilder<IResourceWithConnectionString> Database,
    string? DatabaseProvider,
    IResourceBuilder<IResourceWithConnectionString>? Redis,
    IReadOnlyList<IResourceBuilder<IResource>> Servers)
{
    public const string PostgresProvider = "Postgres";

    public const string SqliteProvider = "Sqlite";

    public string Describe() => $"Infrastructure: {Choice.Mode.ToString().ToLowerInvariant()} ({Choice.Reason}) — {Location}";
}

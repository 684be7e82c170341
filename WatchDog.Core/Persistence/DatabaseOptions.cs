namespace WatchDog.Core.Persistence;

/// <summary>Settings under <c>WatchDog:Database</c>; the connection string is <c>ConnectionStrings:watchdog</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "WatchDog:Database";

    public const string ConnectionStringName = "watchdog";

    /// <summary>Which store the connection string points at. Default: <see cref="DatabaseProvider.Postgres"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Postgres;
}

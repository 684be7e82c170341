namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// The PostgreSQL and Redis programs found on this machine; either may be missing.
/// </summary>
/// <param name="PostgresBinDirectory">Folder holding <c>initdb</c> and <c>postgres</c>.</param>
/// <param name="RedisServerPath">Path of <c>redis-server</c>.</param>
internal sealed record LocalPrograms(string? PostgresBinDirectory, string? RedisServerPath)
{
    public static LocalPrograms None { get; } = new(null, null);

    public bool AreComplete => PostgresBinDirectory is not null && RedisServerPath is not null;

    /// <summary>Names what is missing, for the log line that explains the choice.</summary>
    public string DescribeMissing() => (PostgresBinDirectory, RedisServerPath) switch
    {
        (null, null) => "PostgreSQL and redis-server not installed",
        (null, _) => "PostgreSQL not installed",
        (_, null) => "redis-server not installed",
        _ => "PostgreSQL and redis-server installed",
    };
}

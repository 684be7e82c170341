namespace WatchDog.AppHost.Infrastructure;

/// <summary>Where WatchDog's database and Redis come from; set with <c>WatchDog:Infrastructure</c>.</summary>
internal enum InfrastructureMode
{
    /// <summary>Pick the first that works: external, containers, local, embedded.</summary>
    Auto,

    /// <summary>Connection strings given to the AppHost are used as they are.</summary>
    External,

    /// <summary>PostgreSQL and Redis containers started by the AppHost.</summary>
    Containers,

    /// <summary>PostgreSQL and redis-server installed on this machine, started by the AppHost.</summary>
    Local,

    /// <summary>A SQLite file and no Redis.</summary>
    Embedded,
}

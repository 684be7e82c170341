namespace WatchDog.AppHost.Infrastructure;

/// <summary>Questions the selector asks the machine; faked in tests.</summary>
internal interface IInfrastructureProbes
{
    /// <summary>A runtime whose engine answers now, or null (a client without an engine does not count).</summary>
    ContainerRuntime? DetectContainerRuntime();

    LocalPrograms FindLocalPrograms();

    /// <summary>Why local PostgreSQL could not keep its data in the folder, or null when it can.</summary>
    string? FindPostgresDataProblem(string postgresDataDirectory);
}

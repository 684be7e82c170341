using WatchDog.AppHost.Infrastructure;

namespace WatchDog.Tests.AppHost;

/// <summary>Answers the selector's questions as a test says, and counts what was asked.</summary>
internal sealed class FakeProbes : IInfrastructureProbes
{
    public ContainerRuntime? Runtime { get; init; }

    public LocalPrograms Programs { get; init; } = LocalPrograms.None;

    public string? DataProblem { get; init; }

    public int ContainerRuntimeQuestions { get; private set; }

    public static LocalPrograms Installed { get; } = new("/usr/lib/postgresql/15/bin", "/usr/bin/redis-server");

    public ContainerRuntime? DetectContainerRuntime()
    {
        ContainerRuntimeQuestions++;
        return Runtime;
    }

    public LocalPrograms FindLocalPrograms() => Programs;

    public string? FindPostgresDataProblem(string postgresDataDirectory) => DataProblem;
}

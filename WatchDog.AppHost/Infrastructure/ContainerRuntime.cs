namespace WatchDog.AppHost.Infrastructure;

/// <summary>A container runtime whose engine answered, e.g. ("docker", "27.3.1").</summary>
internal sealed record ContainerRuntime(string Name, string ServerVersion);

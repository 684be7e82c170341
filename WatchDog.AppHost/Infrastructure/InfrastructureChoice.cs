namespace WatchDog.AppHost.Infrastructure;

/// <summary>The mode the selector settled on and the reason, said once in the AppHost's log.</summary>
internal sealed record InfrastructureChoice(
    InfrastructureMode Mode,
    string Reason,
    ContainerRuntime? ContainerRuntime = null,
    LocalPrograms? LocalPrograms = null);

using WatchDog.Core.Scheduling;

namespace WatchDog.Worker;

/// <summary>Hosts the checking engine for the lifetime of the Worker process.</summary>
internal sealed class EngineService(EngineRunner engine) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => engine.RunAsync(stoppingToken);
}

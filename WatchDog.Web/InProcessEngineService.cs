using WatchDog.Core.Scheduling;

namespace WatchDog.Web;

/// <summary>Runs the checking engine inside the Web process when <c>WatchDog:Engine:InProcess</c> is true.</summary>
internal sealed class InProcessEngineService(EngineRunner engine) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => engine.RunAsync(stoppingToken);
}

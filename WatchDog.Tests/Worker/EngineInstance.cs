using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using WatchDog.Core;
using WatchDog.Core.Coordination;
using WatchDog.Core.Leasing;
using WatchDog.Core.Probing;
using WatchDog.Core.Scheduling;
using WatchDog.Tests.Scheduling;

namespace WatchDog.Tests.Worker;

/// <summary>
/// One complete engine, wired as the Worker wires it, with its own holder token (and its own Redis
/// connection when Redis is configured).
/// </summary>
internal sealed class EngineInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    public EngineInstance(string name, IConfiguration configuration)
    {
        Name = name;
        Checker = new RecordingChecker(TimeProvider.System, name);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ITargetChecker>(Checker);
        services.AddWatchDogCore(configuration);
        services.AddWatchDogCoordination(configuration);
        services.AddWatchDogEngine(configuration);
        _services = services.BuildServiceProvider(validateScopes: true);
        Keeper = _services.GetRequiredService<LeaseKeeper>();
    }

    public string Name { get; }

    public RecordingChecker Checker { get; }

    public LeaseKeeper Keeper { get; }

    public bool IsLeader => Keeper.HeldEpoch > 0;

    public void Start() => _running = _services.GetRequiredService<EngineRunner>().RunAsync(_stopping.Token);

    /// <summary>Dies without a word: its Redis connection goes first, so nothing is released.</summary>
    public async Task KillAsync()
    {
        await _services.GetRequiredService<IConnectionMultiplexer>().DisposeAsync();
        await StopAsync();
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
        _stopping.Dispose();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Leasing;
using WatchDog.Core.Probing;

namespace WatchDog.Core.Scheduling;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The checking engine: lease keeper, scheduler, HTTP checker, result writer and history maintenance,
    /// driven by <see cref="EngineRunner"/>. Needs <c>AddWatchDogCore</c> and <c>AddWatchDogCoordination</c>.
    /// Host-free: a BackgroundService in the Worker, or in the Web process for a one-process deployment,
    /// calls <see cref="EngineRunner.RunAsync"/>.
    /// </summary>
    public static IServiceCollection AddWatchDogEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddWatchDogProbing(configuration);
        services.AddWatchDogHistory(configuration);
        services.TryAddSingleton<LeaseKeeper>();
        services.TryAddSingleton<CheckResultWriter>();
        services.TryAddSingleton<CheckScheduler>();
        services.TryAddSingleton<EngineRunner>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Leasing;

namespace WatchDog.Core.Scheduling;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The checking engine: lease keeper, scheduler and result writer, driven by <see cref="EngineRunner"/>.
    /// Needs <c>AddWatchDogCore</c>, <c>AddWatchDogCoordination</c> and an
    /// <see cref="Probing.ITargetChecker"/> (<c>AddWatchDogProbing</c>). Host-free: a BackgroundService
    /// in the Worker, or in the Web process for a one-process deployment, calls <see cref="EngineRunner.RunAsync"/>.
    /// </summary>
    public static IServiceCollection AddWatchDogEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.TryAddSingleton<LeaseKeeper>();
        services.TryAddSingleton<CheckResultWriter>();
        services.TryAddSingleton<CheckScheduler>();
        services.TryAddSingleton<EngineRunner>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WatchDog.Core.Targets;

public static class TargetsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TargetValidator"/> and <see cref="TargetService"/>. Needs what
    /// <c>AddWatchDogCore</c> registers, plus an <see cref="Live.ILiveEventPublisher"/>.
    /// </summary>
    public static IServiceCollection AddWatchDogTargets(this IServiceCollection services)
    {
        services.TryAddSingleton<TargetValidator>();
        services.TryAddSingleton<TargetService>();
        return services;
    }
}

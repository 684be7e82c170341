using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WatchDog.Core.Targets;

public static class TargetsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TargetValidator"/>, <see cref="TargetService"/> and the read-only
    /// <see cref="TargetInsights"/> and <see cref="TargetPageQuery"/>. Needs what <c>AddWatchDogCore</c>
    /// registers, an <see cref="Live.ILiveEventPublisher"/>, and for the read-only two <c>AddWatchDogHistory</c>.
    /// </summary>
    public static IServiceCollection AddWatchDogTargets(this IServiceCollection services)
    {
        services.TryAddSingleton<TargetValidator>();
        services.TryAddSingleton<TargetService>();
        services.TryAddSingleton<TargetInsights>();
        services.TryAddSingleton<TargetPageQuery>();
        return services;
    }
}

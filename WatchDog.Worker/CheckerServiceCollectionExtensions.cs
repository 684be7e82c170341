using WatchDog.Core.Probing;

namespace WatchDog.Worker;

internal static class CheckerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ITargetChecker"/> the engine runs. The HTTP checker is built on its own
    /// branch; once merged, this is the one place to wire it (<c>services.AddWatchDogProbing(configuration)</c>).
    /// Until then start-up stops with a message rather than running an engine that checks nothing.
    /// </summary>
    public static IServiceCollection AddWatchDogWorkerChecker(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<ITargetChecker>(_ => throw new InvalidOperationException(
            "No ITargetChecker is registered: call AddWatchDogProbing(configuration) in " +
            "WatchDog.Worker/CheckerServiceCollectionExtensions.cs."));
        return services;
    }
}

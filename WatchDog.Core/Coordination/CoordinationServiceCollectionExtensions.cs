using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WatchDog.Core.Leasing;
using WatchDog.Core.Live;
using WatchDog.Core.Scheduling;

namespace WatchDog.Core.Coordination;

public static class CoordinationServiceCollectionExtensions
{
    public const string RedisConnectionStringName = "redis";

    /// <summary>
    /// How processes coordinate. With <c>ConnectionStrings:redis</c>: Redis leases, live events on Redis
    /// pub/sub and immediate target reloads. Without it: leases kept in the database, no cross-process
    /// events (readers fall back to the database) and target reloads by polling. Web and Worker both call it.
    /// </summary>
    public static IServiceCollection AddWatchDogCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LeaseOptions>()
            .Bind(configuration.GetSection(LeaseOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LeaseOptions>, LeaseOptionsValidator>();
        services.TryAddSingleton<LeaseHolder>();
        services.TryAddSingleton<TargetsChangedSignal>();

        var redis = configuration.GetConnectionString(RedisConnectionStringName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                // Start even while Redis is still coming up; the client keeps reconnecting by itself.
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.TryAddSingleton<ILiveEventPublisher, RedisLiveEventPublisher>();
            services.TryAddSingleton<ILeaseStore, RedisLeaseStore>();
            services.TryAddSingleton<ITargetsChangedFeed, RedisTargetsChangedFeed>();
        }
        else
        {
            services.TryAddSingleton<ILiveEventPublisher, InProcessLiveEventPublisher>();
            services.TryAddSingleton<ILeaseStore, DatabaseLeaseStore>();
            services.TryAddSingleton<ITargetsChangedFeed, NoTargetsChangedFeed>();
        }

        return services;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using MudBlazor.Services;
using StackExchange.Redis;
using WatchDog.Core.Coordination;
using WatchDog.Core.History;
using WatchDog.Core.Scheduling;
using WatchDog.Core.Targets;
using WatchDog.Web.Authentication;
using WatchDog.Web.Live;

namespace WatchDog.Web;

public static class WebServiceCollectionExtensions
{
    public const string InProcessEngineKey = "WatchDog:Engine:InProcess";

    /// <summary>Everything WatchDog.Web adds on top of <c>AddWatchDogCore</c>: auth, API JSON, UI, live updates.</summary>
    public static IHostApplicationBuilder AddWatchDogWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddWatchDogTargets();
        services.AddWatchDogAuthentication(builder.Configuration);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        AddLiveUpdates(services, builder.Configuration);

        // Uptime, history and cold-start queries. The in-process engine (added above when configured) already
        // registers them; registering twice would bind and validate the options twice.
        if (!services.Any(d => d.ServiceType == typeof(UptimeCalculator)))
        {
            services.AddWatchDogHistory(builder.Configuration);
        }

        return builder;
    }

    private static void AddLiveUpdates(IServiceCollection services, IConfiguration configuration)
    {
        // The Redis multiplexer, when configured, and the publisher that tells workers about target changes.
        services.AddWatchDogCoordination(configuration);
        AddInProcessEngine(services, configuration);

        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<DatabaseCheckFeed>();
        services.AddSingleton<ICheckFeed>(sp => sp.GetService<IConnectionMultiplexer>() is { } multiplexer
            ? ActivatorUtilities.CreateInstance<RedisCheckFeed>(sp, multiplexer)
            : sp.GetRequiredService<DatabaseCheckFeed>());
        services.AddHostedService<LiveFeedService>();
    }

    // A one-process deployment: with WatchDog:Engine:InProcess=true the Web process also schedules and
    // runs checks (under the same lease rules, so a separate Worker may still run beside it).
    private static void AddInProcessEngine(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(InProcessEngineKey))
        {
            services.AddWatchDogEngine(configuration);
            services.AddHostedService<InProcessEngineService>();
        }
    }
}

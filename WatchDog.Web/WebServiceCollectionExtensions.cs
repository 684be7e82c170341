using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using StackExchange.Redis;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Web.Authentication;
using WatchDog.Web.Live;

namespace WatchDog.Web;

public static class WebServiceCollectionExtensions
{
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
        return builder;
    }

    private static void AddLiveUpdates(IServiceCollection services, IConfiguration configuration)
    {
        // Placeholders for the coordination wiring (AddWatchDogCoordination), which registers the real
        // Redis-backed publisher and the shared multiplexer: TryAdd lets whichever comes first win, so
        // calling it before or after this method both work. Without Redis the publisher does nothing.
        services.TryAddSingleton<ILiveEventPublisher, NullLiveEventPublisher>();
        if (configuration.GetConnectionString("redis") is { Length: > 0 } redis)
        {
            // abortConnect=false: start even while Redis is briefly unavailable and keep reconnecting.
            services.TryAddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
        }

        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<DatabaseCheckFeed>();
        services.AddSingleton<ICheckFeed>(sp => sp.GetService<IConnectionMultiplexer>() is { } multiplexer
            ? ActivatorUtilities.CreateInstance<RedisCheckFeed>(sp, multiplexer)
            : sp.GetRequiredService<DatabaseCheckFeed>());
        services.AddHostedService<LiveFeedService>();
    }
}

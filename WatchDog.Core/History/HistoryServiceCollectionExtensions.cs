using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WatchDog.Core.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>Rollups, retention and uptime queries; settings under <c>WatchDog:History</c>.</summary>
    public static IServiceCollection AddWatchDogHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HistoryOptions>()
            .Bind(configuration.GetSection(HistoryOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HistoryOptions>, HistoryOptionsValidator>();
        services.AddSingleton<RollupService>();
        services.AddSingleton<RetentionPruner>();
        services.AddSingleton<UptimeCalculator>();
        services.AddSingleton<ColdStartCounter>();
        services.AddSingleton<HistoryQuery>();
        services.AddSingleton<HistoryMaintenance>();
        return services;
    }
}

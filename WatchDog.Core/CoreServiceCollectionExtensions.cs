using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Persistence;

namespace WatchDog.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>What both Web and Worker need: the clock, the database and the validated check settings.</summary>
    public static IServiceCollection AddWatchDogCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddWatchDogDatabase(configuration);
        services.AddOptions<CheckOptions>()
            .Bind(configuration.GetSection(CheckOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckOptions>, CheckOptionsValidator>();
        return services;
    }
}

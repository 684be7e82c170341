using Microsoft.Extensions.DependencyInjection.Extensions;
using WatchDog.Core.Persistence;

namespace WatchDog.MigrationService.Schema;

public static class MigrationServiceCollectionExtensions
{
    /// <summary>
    /// The database of <c>ConnectionStrings:watchdog</c> / <c>WatchDog:Database:Provider</c> and a runner that
    /// brings its schema up to date, then stops the application.
    /// </summary>
    public static IServiceCollection AddWatchDogMigrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddWatchDogDatabase(configuration);
        services.AddOptions<MigrationOptions>()
            .Bind(configuration.GetSection(MigrationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MigrationResult>();
        services.AddHostedService<MigrationRunner>();
        return services;
    }
}

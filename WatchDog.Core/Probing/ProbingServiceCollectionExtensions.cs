using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

public static class ProbingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITargetChecker"/> (HTTP, singleton) with its validated settings
    /// (<c>WatchDog:Checks</c>, <c>WatchDog:Probing</c>), its <see cref="AddressPolicy"/> and its own HttpClient.
    /// Safe to call beside <c>AddWatchDogCore</c>, which binds <c>WatchDog:Checks</c> too.
    /// </summary>
    public static IServiceCollection AddWatchDogProbing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        // Binding the same section twice sets the same values twice, so this is harmless after AddWatchDogCore
        // and makes the checker usable without the database registrations.
        services.AddOptions<CheckOptions>()
            .Bind(configuration.GetSection(CheckOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckOptions>, CheckOptionsValidator>());

        services.AddOptions<ProbingOptions>()
            .Bind(configuration.GetSection(ProbingOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ProbingOptions>, ProbingOptionsValidator>());

        services.TryAddSingleton(sp => AddressPolicy.FromOptions(sp.GetRequiredService<IOptions<ProbingOptions>>().Value));
        services.TryAddSingleton<CertificateLedger>();
        services.TryAddKeyedSingleton(
            HttpTargetChecker.HttpClientKey,
            (sp, _) => ProbeHttpClientFactory.Create(
                sp.GetRequiredService<IOptions<ProbingOptions>>().Value,
                sp.GetRequiredService<AddressPolicy>(),
                sp.GetRequiredService<CertificateLedger>()));
        services.TryAddKeyedSingleton(
            HttpTargetChecker.IgnoreTlsErrorsHttpClientKey,
            (sp, _) => ProbeHttpClientFactory.Create(
                sp.GetRequiredService<IOptions<ProbingOptions>>().Value,
                sp.GetRequiredService<AddressPolicy>(),
                sp.GetRequiredService<CertificateLedger>(),
                ignoreTlsErrors: true));
        services.TryAddSingleton<ITargetChecker, HttpTargetChecker>();
        return services;
    }
}

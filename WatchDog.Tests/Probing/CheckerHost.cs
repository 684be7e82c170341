using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Core.Probing;

namespace WatchDog.Tests.Probing;

/// <summary>
/// The checker as the Worker gets it (through <c>AddWatchDogProbing</c>), with test settings: tiny retry delays,
/// a short timeout and private networks allowed (the test servers are on loopback) unless a test says otherwise.
/// </summary>
internal sealed class CheckerHost : IAsyncDisposable
{
    public static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _services;

    private CheckerHost(ServiceProvider services)
    {
        _services = services;
        Checker = services.GetRequiredService<ITargetChecker>();
    }

    public ITargetChecker Checker { get; }

    public static CheckerHost Create(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["WatchDog:Checks:Timeout"] = "00:00:02",
            ["WatchDog:Checks:Retries"] = "3",
            ["WatchDog:Checks:RetryDelay"] = "00:00:00.010",
            ["WatchDog:Probing:AllowPrivateNetworks"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        configure?.Invoke(services);
        services.AddWatchDogProbing(configuration);
        return new CheckerHost(services.BuildServiceProvider(validateScopes: true));
    }

    public Task<CheckResult> CheckAsync(Uri url) => CheckAsync(url.ToString());

    public Task<CheckResult> CheckAsync(string url, CancellationToken cancellationToken = default) =>
        Checker.CheckAsync(new CheckRequest(Guid.NewGuid(), url, DateTimeOffset.UtcNow), cancellationToken)
            .WaitAsync(TestTimeout, CancellationToken.None);

    public Task<CheckResult> CheckAsync(Uri url, TargetCheckSettings settings) =>
        Checker.CheckAsync(new CheckRequest(Guid.NewGuid(), url.ToString(), DateTimeOffset.UtcNow, settings), default)
            .WaitAsync(TestTimeout, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

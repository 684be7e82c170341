using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WatchDog.Core.Probing;

namespace WatchDog.Tests.Probing;

public sealed class ProbingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWatchDogProbing_NoSettings_UsesDocumentedDefaults()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<ProbingOptions>>().Value;

        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal(64 * 1024, options.MaxBodyBytes);
        Assert.Empty(options.BlockedNetworks);
        Assert.Contains("Chrome/", options.UserAgent);
        Assert.Contains("WatchDog", options.UserAgent);
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddWatchDogProbing_Resolved_GivesOneSharedChecker()
    {
        using var services = Build([]);

        var first = services.GetRequiredService<ITargetChecker>();
        var second = services.GetRequiredService<ITargetChecker>();

        Assert.Same(first, second);
    }

    [Fact]
    public void AddWatchDogProbing_HttpClient_AsksForHttp2WithoutItsOwnTimeout()
    {
        using var services = Build([]);

        var client = services.GetRequiredKeyedService<HttpClient>(HttpTargetChecker.HttpClientKey);

        Assert.Equal(HttpVersion.Version20, client.DefaultRequestVersion);
        Assert.Equal(HttpVersionPolicy.RequestVersionOrLower, client.DefaultVersionPolicy);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public void AddWatchDogProbing_InvalidSettings_FailsAtStartNamingEveryKey()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["WatchDog:Probing:MaxBodyBytes"] = "-1",
            ["WatchDog:Probing:UserAgent"] = "bad\r\nX-Injected: 1",
            ["WatchDog:Probing:BlockedNetworks:0"] = "10.0.0.0/8",
            ["WatchDog:Probing:BlockedNetworks:1"] = "the office",
            ["WatchDog:Checks:Retries"] = "11",
        });

        // Two option types fail, so the start-up validator reports both inside one AggregateException.
        var error = Assert.Throws<AggregateException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("WatchDog:Probing:MaxBodyBytes", error.Message);
        Assert.Contains("WatchDog:Probing:UserAgent", error.Message);
        Assert.Contains("WatchDog:Probing:BlockedNetworks:1 ('the office')", error.Message);
        Assert.DoesNotContain("BlockedNetworks:0", error.Message);
        Assert.Contains("WatchDog:Checks:Retries", error.Message);
        Assert.All(error.InnerExceptions, inner => Assert.IsType<OptionsValidationException>(inner));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddWatchDogProbing(configuration).BuildServiceProvider();
    }
}

using Microsoft.Extensions.Configuration;
using WatchDog.AppHost.Infrastructure;

namespace WatchDog.Tests.AppHost;

public sealed class ForwardedSettingsTests
{
    [Fact]
    public void Collect_WatchDogSettings_BecomeEnvironmentVariablesExceptAppHostOnlyOnes()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["WatchDog:Admin:Password"] = "s3cret",
                ["WatchDog:Checks:DefaultTimeout"] = "00:00:05",
                ["WatchDog:Database:Provider"] = "Postgres",
                ["WatchDog:Infrastructure"] = "local",
                ["WatchDog:DataDirectory"] = "/var/lib/watchdog",
                ["ADMIN_USER"] = "root-admin",
                ["ADMIN_PASS"] = "pass",
                ["Logging:LogLevel:Default"] = "Debug",
                ["ConnectionStrings:watchdog"] = "Host=h",
            })
            .Build();

        var variables = ForwardedSettings.Collect(configuration);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ADMIN_PASS"] = "pass",
                ["ADMIN_USER"] = "root-admin",
                ["WatchDog__Admin__Password"] = "s3cret",
                ["WatchDog__Checks__DefaultTimeout"] = "00:00:05",
                ["WatchDog__Database__Provider"] = "Postgres",
            },
            variables.ToDictionary());
    }

    [Fact]
    public void Collect_EnvironmentVariableSpelling_ForwardedUnderTheSectionName()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["WATCHDOG:CHECKS:RETRIES"] = "2" })
            .Build();

        var variables = ForwardedSettings.Collect(configuration);

        Assert.Equal("2", Assert.Single(variables).Value);
        Assert.Equal("WatchDog__CHECKS__RETRIES", Assert.Single(variables).Key, ignoreCase: true);
    }
}

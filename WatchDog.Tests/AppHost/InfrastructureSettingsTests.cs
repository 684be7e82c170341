using Microsoft.Extensions.Configuration;
using WatchDog.AppHost.Infrastructure;

namespace WatchDog.Tests.AppHost;

public sealed class InfrastructureSettingsTests
{
    [Fact]
    public void FromConfiguration_NothingSet_AutoWithDataFolderInsideTheAppHost()
    {
        var settings = InfrastructureSettings.FromConfiguration(Configuration(), "/src/WatchDog.AppHost");

        Assert.Equal(InfrastructureMode.Auto, settings.RequestedMode);
        Assert.Equal("/src/WatchDog.AppHost/.data", settings.DataDirectory);
        Assert.Equal("/src/WatchDog.AppHost/.data/watchdog.db", settings.SqliteFile);
        Assert.Equal("/src/WatchDog.AppHost/.data/postgres", settings.PostgresDataDirectory);
        Assert.Null(settings.DatabaseConnectionString);
        Assert.Null(settings.RedisConnectionString);
    }

    [Fact]
    public void FromConfiguration_ModeAnyCaseAndRelativeDataDirectory_ParsedAgainstTheAppHost()
    {
        var settings = InfrastructureSettings.FromConfiguration(
            Configuration(
                ("WatchDog:Infrastructure", "EMBEDDED"),
                ("WatchDog:DataDirectory", "../state"),
                ("ConnectionStrings:watchdog", "Host=h"),
                ("ConnectionStrings:redis", " ")),
            "/src/WatchDog.AppHost");

        Assert.Equal(InfrastructureMode.Embedded, settings.RequestedMode);
        Assert.Equal("/src/state", settings.DataDirectory);
        Assert.Equal("Host=h", settings.DatabaseConnectionString);
        Assert.Null(settings.RedisConnectionString);
    }

    [Theory]
    [InlineData("kubernetes")]
    [InlineData("7")]
    public void FromConfiguration_UnknownMode_ThrowsNamingTheKeyAndTheChoices(string mode)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureSettings.FromConfiguration(Configuration(("WatchDog:Infrastructure", mode)), "/src"));

        Assert.Contains("WatchDog:Infrastructure", error.Message);
        Assert.Contains("auto, external, containers, local or embedded", error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>(value.Key, value.Value)))
            .Build();
}

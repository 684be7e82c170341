using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging.Abstractions;
using WatchDog.AppHost.Infrastructure;

namespace WatchDog.Tests.AppHost;

/// <summary>What each project receives from the AppHost's model, without starting anything.</summary>
public sealed class ProjectWiringTests
{
    [Fact]
    public async Task AddWatchDogProject_Embedded_GetsSqliteFileSettingsAndNoRedis()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"watchdog-wiring-{Guid.NewGuid():N}");
        try
        {
            var builder = CreateBuilder(
                "--WatchDog:Infrastructure=embedded",
                $"--WatchDog:DataDirectory={dataDirectory}",
                "--WatchDog:Checks:DefaultTimeout=00:00:07",
                "--WatchDog:Database:Provider=Postgres",
                "--ADMIN_PASS=pass");
            var infrastructure = builder.AddWatchDogInfrastructure(new FakeProbes());

            var web = builder.AddWatchDogProject<Projects.WatchDog_Web>("web", infrastructure);
            var environment = await EnvironmentOfAsync(web.Resource);

            Assert.Equal($"Data Source={Path.Combine(dataDirectory, "watchdog.db")}", environment["ConnectionStrings__watchdog"]);
            Assert.Equal("Sqlite", environment["WatchDog__Database__Provider"]);
            Assert.Equal("00:00:07", environment["WatchDog__Checks__DefaultTimeout"]);
            Assert.Equal("pass", environment["ADMIN_PASS"]);
            Assert.False(environment.ContainsKey("ConnectionStrings__redis"));
            Assert.False(environment.ContainsKey("WatchDog__Infrastructure"));
            Assert.False(environment.ContainsKey("WatchDog__DataDirectory"));
            Assert.Empty(infrastructure.Servers);
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AddWatchDogProject_External_GetsTheGivenConnectionStringsAndConfiguredProvider()
    {
        var builder = CreateBuilder(
            "--ConnectionStrings:watchdog=Host=db.example.test;Database=wd",
            "--ConnectionStrings:redis=cache.example.test:6380",
            "--WatchDog:Admin:Password=s3cret");
        var infrastructure = builder.AddWatchDogInfrastructure(new FakeProbes());

        var worker = builder.AddWatchDogProject<Projects.WatchDog_Worker>("worker", infrastructure);
        var environment = await EnvironmentOfAsync(worker.Resource);

        Assert.Equal(InfrastructureMode.External, infrastructure.Choice.Mode);
        Assert.Equal("Host=db.example.test;Database=wd", environment["ConnectionStrings__watchdog"]);
        Assert.Equal("cache.example.test:6380", environment["ConnectionStrings__redis"]);
        Assert.Equal("s3cret", environment["WatchDog__Admin__Password"]);
        Assert.False(environment.ContainsKey("WatchDog__Database__Provider"));
    }

    private static IDistributedApplicationBuilder CreateBuilder(params string[] args) =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = args,
            AssemblyName = typeof(InfrastructureSelector).Assembly.GetName().Name,
            DisableDashboard = true,
        });

    private static async Task<Dictionary<string, string>> EnvironmentOfAsync(IResource resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(
                new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run),
                NullLogger.Instance,
                timeout.Token)
            .WaitAsync(timeout.Token);
        Assert.Null(configuration.Exception);
        return configuration.EnvironmentVariables.ToDictionary(variable => variable.Key, variable => variable.Value);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Persistence;

namespace WatchDog.Tests.AppHost;

public sealed class ExternalAppHostTests(ExternalAppHostFixture fixture) : IClassFixture<ExternalAppHostFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_ExternalMode_MigrationsFinishIntoTheGivenDatabase()
    {
        using var timeout = new CancellationTokenSource(s_timeout);

        await fixture.App.ResourceNotifications
            .WaitForResourceAsync("migrations", KnownResourceStates.Finished, timeout.Token)
            .WaitAsync(timeout.Token);

        await using var context = new PostgresWatchDogDbContext(new DbContextOptionsBuilder<PostgresWatchDogDbContext>()
            .UseNpgsql(fixture.DatabaseConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync(timeout.Token));
    }

    [Fact]
    public async Task Health_WebStartedByTheAppHost_Returns200()
    {
        using var client = fixture.App.CreateHttpClient("web", "http");
        using var timeout = new CancellationTokenSource(s_timeout);

        using var response = await client.GetAsync("/health", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(5000, client.BaseAddress?.Port);
    }

    [Fact]
    public async Task GetTargets_WithForwardedAdminPassword_Returns200()
    {
        using var client = fixture.App.CreateHttpClient("web", "http");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ExternalAppHostFixture.AdminUser}:{fixture.AdminPassword}")));
        using var timeout = new CancellationTokenSource(s_timeout);

        using var response = await client.GetAsync("/api/targets", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetTargets_WithoutCredentials_Returns401()
    {
        using var client = fixture.App.CreateHttpClient("web", "http");
        using var timeout = new CancellationTokenSource(s_timeout);

        using var response = await client.GetAsync("/api/targets", timeout.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

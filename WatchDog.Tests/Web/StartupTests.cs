using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using WatchDog.Core;
using WatchDog.Web;

namespace WatchDog.Tests.Web;

public sealed class StartupTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "")]
    [InlineData("Staging", "changeme")]
    [InlineData("Production", "super_secret_default")]
    [InlineData("Production", "Admin")]
    public async Task Start_OutsideDevelopmentWithoutARealPassword_FailsNamingTheKey(string environment, string? password)
    {
        // The app is built and started the way Program.cs does it. WebApplicationFactory is not used here:
        // when start-up fails it can report an ObjectDisposedException from its own teardown instead.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = app.Database.ConnectionString,
            ["WatchDog:Database:Provider"] = "Postgres",
            ["WatchDog:Admin:User"] = WatchDogWebFactory.User,
            ["WatchDog:Admin:Password"] = password,
        });
        builder.AddServiceDefaults();
        builder.Services.AddWatchDogCore(builder.Configuration);
        builder.AddWatchDogWeb();
        await using var web = builder.Build();

        var error = await Record.ExceptionAsync(() => web.StartAsync().WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.NotNull(error);
        Assert.Contains("WatchDog:Admin:Password", error.ToString());
    }

    [Fact]
    public async Task Start_InDevelopmentWithoutPassword_AcceptsTheDocumentedDevelopmentPassword()
    {
        await using var factory = new WatchDogWebFactory(app.Database.ConnectionString, "Development", password: null);

        var response = await factory.CreateApiClient("admin", "watchdog").GetAsync("/api/stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_OutsideDevelopmentWithARealPassword_Starts()
    {
        await using var factory = new WatchDogWebFactory(app.Database.ConnectionString, "Production", "a-long-own-password");

        var response = await factory.CreateApiClient("admin", "a-long-own-password").GetAsync("/api/stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

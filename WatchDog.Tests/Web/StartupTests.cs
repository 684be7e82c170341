using System.Net;

namespace WatchDog.Tests.Web;

public sealed class StartupTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "")]
    [InlineData("Staging", "changeme")]
    [InlineData("Production", "super_secret_default")]
    [InlineData("Production", "Admin")]
    public void Start_OutsideDevelopmentWithoutARealPassword_FailsNamingTheKey(string environment, string? password)
    {
        using var factory = new WatchDogWebFactory(app.Database.ConnectionString, environment, password);

        var error = Record.Exception(() => factory.Server);

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

using System.Net;
using System.Text.RegularExpressions;

namespace WatchDog.Tests.Web;

public sealed partial class AuthenticationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/api/targets")]
    [InlineData("/api/stats")]
    public async Task Api_WithoutCredentials_Returns401NotARedirect(string path)
    {
        var response = await app.Factory.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Theory]
    [InlineData(WatchDogWebFactory.User, "wrong-password")]
    [InlineData("someone", WatchDogWebFactory.Password)]
    public async Task Api_WithWrongCredentials_Returns401(string user, string password)
    {
        var response = await app.Factory.CreateApiClient(user, password).GetAsync("/api/stats");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithRightCredentials_Returns200()
    {
        var response = await app.Factory.CreateApiClient().GetAsync("/api/stats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/targets/0197e0a4-0000-7000-8000-000000000000")]
    public async Task Page_WithoutCookie_RedirectsToLogin(string path)
    {
        var response = await app.Factory.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/app.css")]
    public async Task OpenPaths_WithoutCredentials_Return200(string path)
    {
        var response = await app.Factory.CreateAnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_SetsCookieThatOpensDashboardAndApi()
    {
        var client = app.Factory.CreateAnonymousClient();

        var response = await PostLoginAsync(client, WatchDogWebFactory.User, WatchDogWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("watchdog.auth=", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        var client = app.Factory.CreateAnonymousClient();

        var response = await PostLoginAsync(client, WatchDogWebFactory.User, "nope");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong user name or password", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("watchdog.auth=", StringComparison.Ordinal)));
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetAsync("/login");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.User"] = user,
                ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

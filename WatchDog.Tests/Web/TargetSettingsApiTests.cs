using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Conditions;

namespace WatchDog.Tests.Web;

/// <summary>The target fields of issue 3 through the API: thresholds, keep-warm, check settings and secrets.</summary>
public sealed class TargetSettingsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Password = "basic-password-0123456789";
    private const string ApiKey = "header-api-key-abcdefghij";

    private readonly HttpClient _client = app.Factory.CreateApiClient();

    [Fact]
    public async Task Create_AllNewFields_ReturnsThemWithSecretsMasked()
    {
        var response = await _client.PostAsJsonAsync("/api/targets", FullBody(UniqueUrl()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ApiJson.ReadElementAsync(response);
        AssertFullBody(json);

        var fetched = await ApiJson.ReadElementAsync(await _client.GetAsync($"/api/targets/{json.GetProperty("id").GetGuid()}"));
        AssertFullBody(fetched);
        Assert.DoesNotContain(Password, fetched.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, fetched.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PlatformWithoutInterval_UsesThePresetInterval()
    {
        var response = await _client.PostAsJsonAsync("/api/targets", new { url = UniqueUrl(), platform = "Heroku-Eco" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ApiJson.ReadElementAsync(response);
        Assert.Equal(25 * 60, json.GetProperty("intervalSeconds").GetInt64());
        Assert.Equal("heroku-eco", json.GetProperty("platform").GetString());
    }

    [Fact]
    public async Task Create_PlatformWithInterval_KeepsTheGivenInterval()
    {
        var response = await _client.PostAsJsonAsync("/api/targets", new { url = UniqueUrl(), platform = "render", intervalSeconds = 60 });

        Assert.Equal(60, (await ApiJson.ReadElementAsync(response)).GetProperty("intervalSeconds").GetInt64());
    }

    [Fact]
    public async Task Update_MaskedSecretsSentBack_KeepsTheStoredSecrets()
    {
        var created = await ApiJson.ReadElementAsync(await _client.PostAsJsonAsync("/api/targets", FullBody(UniqueUrl())));
        var id = created.GetProperty("id").GetGuid();
        var edit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(created.GetRawText())!;
        edit["name"] = JsonSerializer.SerializeToElement("Renamed");

        var response = await _client.PutAsJsonAsync($"/api/targets/{id}", edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Renamed", (await ApiJson.ReadElementAsync(response)).GetProperty("name").GetString());
        var stored = await StoredSettingsAsync(id);
        Assert.Equal(Password, stored.Password);
        Assert.Equal(ApiKey, stored.Headers["X-Api-Key"]);
    }

    [Fact]
    public async Task Update_NewSecret_ReplacesTheStoredOne()
    {
        var created = await ApiJson.ReadElementAsync(await _client.PostAsJsonAsync("/api/targets", FullBody(UniqueUrl())));
        var id = created.GetProperty("id").GetGuid();

        var response = await _client.PutAsJsonAsync($"/api/targets/{id}", new
        {
            url = created.GetProperty("url").GetString(),
            authentication = "bearer",
            bearerToken = "a-new-bearer-token-xyz",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredSettingsAsync(id);
        Assert.Equal(AuthenticationKind.Bearer, stored.Authentication);
        Assert.Equal("a-new-bearer-token-xyz", stored.BearerToken);
        Assert.Equal("••••yz", (await ApiJson.ReadElementAsync(response)).GetProperty("bearerToken").GetString());
    }

    [Theory]
    [InlineData("""{"platform":"vercel"}""", "platform")]
    [InlineData("""{"keepWarmSchedule":"every weekday"}""", "keepWarmSchedule")]
    [InlineData("""{"keepWarmSchedule":"* 8-19 * * 1-5","keepWarmTimeZone":"Mars/Olympus"}""", "keepWarmTimeZone")]
    [InlineData("""{"acceptedStatusCodes":"200-abc"}""", "acceptedStatusCodes")]
    [InlineData("""{"jsonPath":"$.a[?(@.b)]","jsonValue":"ok"}""", "jsonPath")]
    [InlineData("""{"jsonPath":"$.n","jsonOperator":"~=","jsonValue":"1"}""", "jsonOperator")]
    [InlineData("""{"jsonPath":"$.n","jsonOperator":">","jsonValue":"many"}""", "jsonValue")]
    [InlineData("""{"method":"TRACE"}""", "method")]
    [InlineData("""{"failuresToDown":0}""", "failuresToDown")]
    [InlineData("""{"successesToUp":101}""", "successesToUp")]
    [InlineData("""{"maxResponseTimeMs":-5}""", "maxResponseTimeMs")]
    [InlineData("""{"timeoutSeconds":1e300}""", "timeoutSeconds")]
    [InlineData("""{"certificateExpiryWarningDays":999}""", "certificateExpiryWarningDays")]
    [InlineData("""{"authentication":"basic","username":"me"}""", "password")]
    [InlineData("""{"authentication":"kerberos"}""", "authentication")]
    [InlineData("""{"keywordMode":"sometimes"}""", "keywordMode")]
    public async Task Create_InvalidNewField_Returns400NamingTheFieldAndSavesNothing(string fields, string field)
    {
        var marker = Guid.NewGuid().ToString("N");
        var body = $$"""{"url":"https://{{marker}}.example.test/",{{fields[1..]}}""";

        var response = await _client.PostAsync("/api/targets", ApiJson.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiJson.ReadElementAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal(0, await CountTargetsAsync(marker));
    }

    [Fact]
    public async Task Create_SeveralInvalidFields_ListsEveryFieldInOneAnswer()
    {
        var body = new { url = "ftp://x.test/", platform = "nope", acceptedStatusCodes = "abc", jsonPath = "$.a[?(@.b)]", jsonValue = "1" };

        var response = await _client.PostAsJsonAsync("/api/targets", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiJson.ReadElementAsync(response)).GetProperty("errors");
        Assert.All(["url", "platform", "acceptedStatusCodes", "jsonPath"], f => Assert.True(errors.TryGetProperty(f, out _), f));
    }

    [Fact]
    public async Task Update_InvalidSetting_Returns400AndLeavesTheTargetUnchanged()
    {
        var created = await ApiJson.ReadElementAsync(await _client.PostAsJsonAsync("/api/targets", FullBody(UniqueUrl())));
        var id = created.GetProperty("id").GetGuid();

        var response = await _client.PutAsJsonAsync($"/api/targets/{id}", new
        {
            url = created.GetProperty("url").GetString(),
            name = "Should not be saved",
            acceptedStatusCodes = "999-1000",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fetched = await ApiJson.ReadElementAsync(await _client.GetAsync($"/api/targets/{id}"));
        Assert.Equal("Full", fetched.GetProperty("name").GetString());
        Assert.Equal("200-299, 418", fetched.GetProperty("acceptedStatusCodes").GetString());
    }

    private static object FullBody(string url) => new
    {
        url,
        name = "Full",
        failuresToDown = 3,
        successesToUp = 2,
        platform = "render",
        keepWarmSchedule = "* 8-19 * * 1-5",
        keepWarmTimeZone = "Europe/Berlin",
        method = "post",
        headers = new Dictionary<string, string> { ["X-Api-Key"] = ApiKey, ["Accept"] = "application/json" },
        body = """{"ping":true}""",
        bodyContentType = "application/json",
        authentication = "basic",
        username = "keeper",
        password = Password,
        followRedirects = false,
        maxRedirects = 3,
        ignoreTlsErrors = true,
        timeoutSeconds = 12,
        retries = 2,
        acceptedStatusCodes = "200-299, 418",
        keyword = "healthy",
        keywordMode = "absent",
        keywordCaseSensitive = true,
        jsonPath = "$.status",
        jsonOperator = "!=",
        jsonValue = "down",
        maxResponseTimeMs = 2500,
        certificateExpiryWarningDays = 21,
    };

    private static void AssertFullBody(JsonElement json)
    {
        Assert.Equal("pending", json.GetProperty("state").GetString());
        Assert.Equal("pending", json.GetProperty("status").GetString());
        Assert.Equal(14 * 60, json.GetProperty("intervalSeconds").GetInt64());
        Assert.Equal(3, json.GetProperty("failuresToDown").GetInt32());
        Assert.Equal(2, json.GetProperty("successesToUp").GetInt32());
        Assert.Equal("render", json.GetProperty("platform").GetString());
        Assert.Equal("* 8-19 * * 1-5", json.GetProperty("keepWarmSchedule").GetString());
        Assert.Equal("Europe/Berlin", json.GetProperty("keepWarmTimeZone").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("certificateExpiresAt").ValueKind);
        Assert.Equal(0, json.GetProperty("coldStarts24h").GetInt32());
        Assert.Equal("POST", json.GetProperty("method").GetString());
        Assert.Equal("••••ij", json.GetProperty("headers").GetProperty("X-Api-Key").GetString());
        Assert.Equal("application/json", json.GetProperty("headers").GetProperty("Accept").GetString());
        Assert.Equal("basic", json.GetProperty("authentication").GetString());
        Assert.Equal("keeper", json.GetProperty("username").GetString());
        Assert.Equal("••••89", json.GetProperty("password").GetString());
        Assert.False(json.GetProperty("followRedirects").GetBoolean());
        Assert.Equal(3, json.GetProperty("maxRedirects").GetInt32());
        Assert.True(json.GetProperty("ignoreTlsErrors").GetBoolean());
        Assert.Equal(12, json.GetProperty("timeoutSeconds").GetDouble());
        Assert.Equal(2, json.GetProperty("retries").GetInt32());
        Assert.Equal("200-299, 418", json.GetProperty("acceptedStatusCodes").GetString());
        Assert.Equal("healthy", json.GetProperty("keyword").GetString());
        Assert.Equal("absent", json.GetProperty("keywordMode").GetString());
        Assert.True(json.GetProperty("keywordCaseSensitive").GetBoolean());
        Assert.Equal("$.status", json.GetProperty("jsonPath").GetString());
        Assert.Equal("!=", json.GetProperty("jsonOperator").GetString());
        Assert.Equal("down", json.GetProperty("jsonValue").GetString());
        Assert.Equal(2500, json.GetProperty("maxResponseTimeMs").GetInt32());
        Assert.Equal(21, json.GetProperty("certificateExpiryWarningDays").GetInt32());
    }

    private async Task<TargetCheckSettings> StoredSettingsAsync(Guid id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = app.Database.CreateDbContext();
        return (await db.Targets.SingleAsync(t => t.Id == id, timeout.Token)).CheckSettings;
    }

    private async Task<int> CountTargetsAsync(string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = app.Database.CreateDbContext();
        return await db.Targets.CountAsync(t => t.Url.Contains(marker), timeout.Token);
    }

    private static string UniqueUrl() => $"https://{Guid.NewGuid():N}.example.test/";
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Targets;
using WatchDog.Web.Api;

namespace WatchDog.Tests.Web;

public sealed class TargetsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.Factory.CreateApiClient();

    [Fact]
    public async Task Create_ValidBody_Returns201WithLocationAndTarget()
    {
        var url = UniqueUrl();

        var response = await _client.PostAsJsonAsync("/api/targets", new { url, name = " My app ", intervalSeconds = 30 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ApiJson.ReadElementAsync(response);
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"/api/targets/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("My app", json.GetProperty("name").GetString());
        Assert.Equal(url, json.GetProperty("url").GetString());
        Assert.Equal(30, json.GetProperty("intervalSeconds").GetInt64());
        Assert.True(json.GetProperty("isActive").GetBoolean());
        Assert.Equal("pending", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("lastCheckedAt").ValueKind);
        Assert.True(json.TryGetProperty("createdAt", out _));

        var fetched = await _client.GetAsync($"/api/targets/{id}");
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(url, (await ApiJson.ReadAsync<TargetResponse>(fetched)).Url);
    }

    [Fact]
    public async Task Create_WithoutNameOrInterval_UsesHostAndDefaultInterval()
    {
        var url = UniqueUrl();

        var response = await _client.PostAsJsonAsync("/api/targets", new { url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var target = await ApiJson.ReadAsync<TargetResponse>(response);
        Assert.Equal(new Uri(url).Host, target.Name);
        Assert.Equal(300, target.IntervalSeconds);
    }

    [Theory]
    [InlineData("""{"url":"ftp://files.example.test/"}""", "url")]
    [InlineData("""{"url":"not a url"}""", "url")]
    [InlineData("""{"name":"URLMARK"}""", "url")]
    [InlineData("""{"url":"https://URLMARK.example.test/","intervalSeconds":5}""", "intervalSeconds")]
    [InlineData("""{"url":"https://URLMARK.example.test/","intervalSeconds":30.5}""", "intervalSeconds")]
    [InlineData("""{"url":"https://URLMARK.example.test/","intervalSeconds":"often"}""", "intervalSeconds")]
    public async Task Create_InvalidField_Returns400NamingTheFieldAndSavesNothing(string body, string field)
    {
        var marker = Guid.NewGuid().ToString("N");

        var response = await _client.PostAsync("/api/targets", ApiJson.Body(body.Replace("URLMARK", marker)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiJson.ReadElementAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal(0, await CountTargetsAsync(marker));
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400ProblemAndSavesNothing()
    {
        var marker = Guid.NewGuid().ToString("N");

        var response = await _client.PostAsync("/api/targets", ApiJson.Body($$"""{"url":"https://{{marker}}.test/" """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiJson.ReadElementAsync(response);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CountTargetsAsync(marker));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var response = await _client.GetAsync($"/api/targets/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Update_ValidBody_ReplacesUrlNameAndInterval()
    {
        var created = await CreateAsync();
        var newUrl = UniqueUrl();

        var response = await _client.PutAsJsonAsync($"/api/targets/{created.Id}", new { url = newUrl, intervalSeconds = 60 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await ApiJson.ReadAsync<TargetResponse>(response);
        Assert.Equal(newUrl, updated.Url);
        Assert.Equal(new Uri(newUrl).Host, updated.Name);
        Assert.Equal(60, updated.IntervalSeconds);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
    }

    [Fact]
    public async Task Update_InvalidBody_Returns400AndKeepsTheOldValues()
    {
        var created = await CreateAsync();

        var response = await _client.PutAsJsonAsync($"/api/targets/{created.Id}", new { url = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await ApiJson.ReadAsync<TargetResponse>(await _client.GetAsync($"/api/targets/{created.Id}"));
        Assert.Equal(created.Url, stored.Url);
    }

    [Fact]
    public async Task Update_UnknownId_Returns404()
    {
        var response = await _client.PutAsJsonAsync($"/api/targets/{Guid.NewGuid()}", new { url = UniqueUrl() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_ExistingTarget_Returns204ThenTheTargetIsGone()
    {
        var created = await CreateAsync();

        var response = await _client.DeleteAsync($"/api/targets/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/targets/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync($"/api/targets/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task PauseAndResume_ExistingTarget_ToggleIsActiveAndStatus()
    {
        var created = await CreateAsync();

        var paused = await ApiJson.ReadAsync<TargetResponse>(await _client.PostAsync($"/api/targets/{created.Id}/pause", null));
        var resumed = await ApiJson.ReadAsync<TargetResponse>(await _client.PostAsync($"/api/targets/{created.Id}/resume", null));

        Assert.False(paused.IsActive);
        Assert.Equal(TargetStatus.Paused, paused.Status);
        Assert.True(resumed.IsActive);
        Assert.Equal(TargetStatus.Pending, resumed.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync($"/api/targets/{Guid.NewGuid()}/pause", null)).StatusCode);
    }

    [Fact]
    public async Task List_AfterCreate_ContainsTheTarget()
    {
        var created = await CreateAsync();

        var list = await ApiJson.ReadAsync<TargetResponse[]>(await _client.GetAsync("/api/targets"));

        Assert.Contains(list, t => t.Id == created.Id && t.Url == created.Url);
    }

    private async Task<TargetResponse> CreateAsync()
    {
        var response = await _client.PostAsJsonAsync("/api/targets", new { url = UniqueUrl(), intervalSeconds = 20 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ApiJson.ReadAsync<TargetResponse>(response);
    }

    private async Task<int> CountTargetsAsync(string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = app.Database.CreateDbContext();
        return await db.Targets.CountAsync(t => t.Url.Contains(marker) || t.Name.Contains(marker), timeout.Token);
    }

    private static string UniqueUrl() => $"https://app-{Guid.NewGuid():N}.example.test/health";
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Incidents;
using WatchDog.Web.Api;

namespace WatchDog.Tests.Web;

/// <summary>Uptime, incidents, history, platforms and the check fields of issue 3, against data written directly.</summary>
public sealed class TargetHistoryApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.Factory.CreateApiClient();

    [Fact]
    public async Task Uptime_RawChecks_ReturnsEveryWindowWithTheCounts()
    {
        var id = await CreateTargetAsync();
        var now = DateTimeOffset.UtcNow;
        await AddChecksAsync(id, (now.AddMinutes(-50), CheckOutcome.Up, 100), (now.AddMinutes(-40), CheckOutcome.Degraded, 300),
            (now.AddMinutes(-30), CheckOutcome.Down, 0), (now.AddMinutes(-20), CheckOutcome.Up, 200));

        var response = await _client.GetAsync($"/api/targets/{id}/uptime");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ApiJson.ReadElementAsync(response);
        foreach (var window in new[] { "24h", "7d", "30d", "90d" })
        {
            var summary = json.GetProperty(window);
            Assert.Equal(75, summary.GetProperty("uptimePercent").GetDouble());
            Assert.Equal(4, summary.GetProperty("checks").GetInt32());
            Assert.Equal(1, summary.GetProperty("failedChecks").GetInt32());
            Assert.Equal(20, summary.GetProperty("downtimeSeconds").GetInt64());
            Assert.True(summary.TryGetProperty("p50Ms", out _));
            Assert.True(summary.TryGetProperty("p95Ms", out _));
        }
    }

    [Fact]
    public async Task Uptime_NoChecks_ReturnsNullPercent()
    {
        var id = await CreateTargetAsync();

        var json = await ApiJson.ReadElementAsync(await _client.GetAsync($"/api/targets/{id}/uptime"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("24h").GetProperty("uptimePercent").ValueKind);
        Assert.Equal(0, json.GetProperty("90d").GetProperty("checks").GetInt32());
    }

    [Fact]
    public async Task Incidents_Several_NewestFirstWithDurationAndLimit()
    {
        var id = await CreateTargetAsync();
        var start = new DateTimeOffset(2025, 3, 1, 23, 50, 0, TimeSpan.Zero);
        await AddAsync(
            new Incident { TargetId = id, StartedAt = start, EndedAt = start.AddMinutes(20), FirstError = "timeout", FailedChecks = 4 },
            new Incident
            {
                TargetId = id,
                StartedAt = start.AddDays(1),
                EndedAt = start.AddDays(1).AddSeconds(90),
                FirstError = "503",
                FailedChecks = 2,
            },
            new Incident { TargetId = id, StartedAt = start.AddDays(2), FirstError = "refused", FailedChecks = 1 });

        var all = await ApiJson.ReadAsync<IncidentResponse[]>(await _client.GetAsync($"/api/targets/{id}/incidents"));
        var limited = await ApiJson.ReadAsync<IncidentResponse[]>(await _client.GetAsync($"/api/targets/{id}/incidents?limit=2"));

        Assert.Equal(["refused", "503", "timeout"], all.Select(i => i.FirstError));
        Assert.Null(all[0].EndedAt);
        Assert.Null(all[0].DurationSeconds);
        Assert.Equal(90, all[1].DurationSeconds);
        Assert.Equal(1200, all[2].DurationSeconds);
        Assert.Equal(4, all[2].FailedChecks);
        Assert.Equal(2, limited.Length);
    }

    [Fact]
    public async Task History_DayBucketWithRange_ReturnsTheRollupsInside()
    {
        var id = await CreateTargetAsync();
        var day = new DateTimeOffset(2025, 5, 10, 0, 0, 0, TimeSpan.Zero);
        await AddAsync(Rollup(id, RollupPeriod.Day, day.AddDays(-1), 100, 99), Rollup(id, RollupPeriod.Day, day, 100, 90),
            Rollup(id, RollupPeriod.Day, day.AddDays(1), 100, 100), Rollup(id, RollupPeriod.Hour, day, 12, 12));

        var response = await _client.GetAsync($"/api/targets/{id}/history?bucket=day&from=2025-05-10T00:00:00Z&to=2025-05-12T00:00:00Z");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var points = await ApiJson.ReadAsync<HistoryPointResponse[]>(response);
        Assert.Equal([day, day.AddDays(1)], points.Select(p => p.Start));
        Assert.Equal(90, points[0].UptimePercent);
        Assert.Equal(10, points[0].FailedChecks);
        Assert.Equal(50, points[0].P50Ms);
        Assert.Equal(200, points[0].AvgMs);
    }

    [Fact]
    public async Task History_DefaultHourBucket_ReturnsTheLastWeeksHours()
    {
        var id = await CreateTargetAsync();
        var hour = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, DateTimeOffset.UtcNow.Day,
            DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero).AddHours(-2);
        await AddAsync(Rollup(id, RollupPeriod.Hour, hour, 12, 11), Rollup(id, RollupPeriod.Hour, hour.AddDays(-8), 12, 12));

        var points = await ApiJson.ReadAsync<HistoryPointResponse[]>(await _client.GetAsync($"/api/targets/{id}/history"));

        Assert.Equal([hour], points.Select(p => p.Start));
    }

    [Theory]
    [InlineData("bucket=minute", "bucket")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2025-13-45", "to")]
    [InlineData("from=2025-05-02T00:00:00Z&to=2025-05-01T00:00:00Z", "from")]
    public async Task History_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var id = await CreateTargetAsync();

        var response = await _client.GetAsync($"/api/targets/{id}/history?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiJson.ReadElementAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("uptime")]
    [InlineData("incidents")]
    [InlineData("history")]
    [InlineData("checks")]
    public async Task Endpoint_UnknownTarget_Returns404Problem(string endpoint)
    {
        var response = await _client.GetAsync($"/api/targets/{Guid.NewGuid()}/{endpoint}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Platforms_Get_ListsEveryPresetWithReasonAndAllowance()
    {
        var platforms = await ApiJson.ReadAsync<PlatformResponse[]>(await _client.GetAsync("/api/platforms"));

        Assert.Equal(["render", "heroku-eco", "railway", "fly"], platforms.Select(p => p.Id));
        var render = platforms[0];
        Assert.Equal(14 * 60, render.IntervalSeconds);
        Assert.Contains("15 minutes", render.Reason, StringComparison.Ordinal);
        Assert.Equal(750, render.FreeHoursPerMonth);
        Assert.Null(platforms[3].FreeHoursPerMonth);
    }

    [Fact]
    public async Task Target_WithChecks_ShowsCertificateExpiryColdStartsAndWhyChecksFailed()
    {
        var id = await CreateTargetAsync();
        var now = DateTimeOffset.UtcNow;
        var expiry = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await AddAsync(
            Check(id, now.AddMinutes(-30), CheckOutcome.Up, 900, cold: true, expiry: expiry.AddDays(-10)),
            Check(id, now.AddMinutes(-20), CheckOutcome.Degraded, 2600, expiry: expiry, condition: "responseTime",
                detail: "response 2600 ms over 2000 ms"),
            Check(id, now.AddMinutes(-10), CheckOutcome.Down, 40, condition: "status", detail: "status 503 not in 200-399"));

        var target = await ApiJson.ReadElementAsync(await _client.GetAsync($"/api/targets/{id}"));
        var listed = (await ApiJson.ReadAsync<JsonElement[]>(await _client.GetAsync("/api/targets")))
            .Single(t => t.GetProperty("id").GetGuid() == id);
        var checks = await ApiJson.ReadElementAsync(await _client.GetAsync($"/api/targets/{id}/checks"));

        foreach (var json in new[] { target, listed })
        {
            Assert.Equal(expiry, json.GetProperty("certificateExpiresAt").GetDateTimeOffset());
            Assert.Equal(1, json.GetProperty("coldStarts24h").GetInt32());
        }

        Assert.Equal("down", checks[0].GetProperty("outcome").GetString());
        Assert.Equal("status", checks[0].GetProperty("failedCondition").GetString());
        Assert.Equal("status 503 not in 200-399", checks[0].GetProperty("detail").GetString());
        Assert.Equal("degraded", checks[1].GetProperty("outcome").GetString());
        Assert.Equal("responseTime", checks[1].GetProperty("failedCondition").GetString());
        Assert.Equal(expiry, checks[1].GetProperty("certificateExpiresAt").GetDateTimeOffset());
    }

    private async Task<Guid> CreateTargetAsync()
    {
        var response = await _client.PostAsJsonAsync("/api/targets", new { url = $"https://{Guid.NewGuid():N}.example.test/", intervalSeconds = 20 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiJson.ReadElementAsync(response)).GetProperty("id").GetGuid();
    }

    private Task AddChecksAsync(Guid id, params (DateTimeOffset At, CheckOutcome Outcome, int Ms)[] checks) =>
        AddAsync([.. checks.Select(c => Check(id, c.At, c.Outcome, c.Ms))]);

    private async Task AddAsync(params object[] rows)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = app.Database.CreateDbContext();
        db.AddRange(rows);
        await db.SaveChangesAsync(timeout.Token);
    }

    private static CheckResult Check(Guid id, DateTimeOffset at, CheckOutcome outcome, int ms, bool cold = false,
        DateTimeOffset? expiry = null, string? condition = null, string? detail = null) => new()
        {
            TargetId = id,
            DueAt = at,
            StartedAt = at,
            DurationMs = ms,
            StatusCode = outcome == CheckOutcome.Down ? 503 : 200,
            Outcome = outcome,
            Attempts = 1,
            ColdStart = cold,
            CertificateExpiresAt = expiry,
            FailedCondition = condition,
            Detail = detail,
        };

    private static CheckRollup Rollup(Guid id, RollupPeriod period, DateTimeOffset start, int checks, int good) => new()
    {
        TargetId = id,
        Period = period,
        PeriodStart = start,
        Checks = checks,
        GoodChecks = good,
        DurationSumMs = 200L * good,
        DurationMinMs = 10,
        DurationMaxMs = 900,
        P50Ms = 50,
        P95Ms = 400,
    };
}

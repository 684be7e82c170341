using Microsoft.AspNetCore.Http;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Tests.Infrastructure;
using WatchDog.Tests.Probing;

namespace WatchDog.Tests.Conditions;

/// <summary>The checker judging real answers of a local server by a target's conditions.</summary>
public sealed class ConditionCheckTests
{
    [Theory]
    [InlineData(503, "200-399", CheckOutcome.Down)]
    [InlineData(503, "200-299, 503", CheckOutcome.Up)]
    [InlineData(418, "200-299, 301, 418", CheckOutcome.Up)]
    [InlineData(204, "200", CheckOutcome.Down)]
    [InlineData(302, "200-299", CheckOutcome.Down)]
    public async Task CheckAsync_AcceptedStatusCodes_DecideUpOrDown(int status, string accepted, CheckOutcome expected)
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            AcceptedStatusCodes = accepted,
            FollowRedirects = false,
        });

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        if (expected == CheckOutcome.Down)
        {
            Assert.Equal(FailedConditions.Status, result.FailedCondition);
            Assert.Equal(CheckErrorKind.HttpStatus, result.ErrorKind);
            Assert.Equal($"status {status} not in {accepted}", result.Detail);
        }
        else
        {
            Assert.Null(result.FailedCondition);
            Assert.Null(result.Error);
        }
    }

    [Theory]
    [InlineData("All systems OK", "OK", KeywordMode.Present, false, null)]
    [InlineData("all systems ok", "OK", KeywordMode.Present, false, null)]
    [InlineData("all systems ok", "OK", KeywordMode.Present, true, "keyword 'OK' absent")]
    [InlineData("all systems go", "ok", KeywordMode.Present, false, "keyword 'ok' absent")]
    [InlineData("all systems go", "error", KeywordMode.Absent, false, null)]
    [InlineData("database ERROR", "error", KeywordMode.Absent, false, "keyword 'error' present")]
    [InlineData("database ERROR", "error", KeywordMode.Absent, true, null)]
    public async Task CheckAsync_Keyword_JudgedInTheBody(
        string body, string keyword, KeywordMode mode, bool caseSensitive, string? expectedDetail)
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(body));
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            Keyword = keyword,
            KeywordMode = mode,
            KeywordCaseSensitive = caseSensitive,
        });

        Assert.Equal(expectedDetail is null ? CheckOutcome.Up : CheckOutcome.Down, result.Outcome);
        Assert.Equal(expectedDetail, result.Detail);
        Assert.Equal(expectedDetail is null ? null : FailedConditions.Keyword, result.FailedCondition);
        Assert.Equal(expectedDetail is null ? null : CheckErrorKind.Condition, result.ErrorKind);
    }

    [Theory]
    [InlineData("$.status", "==", "up", null)]
    [InlineData("$.status", "==", "down", "$.status was 'up', expected == 'down'")]
    [InlineData("$.status", "!=", "down", null)]
    [InlineData("$.status", "!=", "up", "$.status was 'up', expected != 'up'")]
    [InlineData("$.count", "==", "5.0", null)]
    [InlineData("$.count", "<", "6", null)]
    [InlineData("$.count", "<", "5", "$.count was 5, expected < '5'")]
    [InlineData("$.count", "<=", "5", null)]
    [InlineData("$.count", "<=", "4.5", "$.count was 5, expected <= '4.5'")]
    [InlineData("$.count", ">", "4", null)]
    [InlineData("$.count", ">", "5", "$.count was 5, expected > '5'")]
    [InlineData("$.count", ">=", "5", null)]
    [InlineData("$.count", ">=", "10", "$.count was 5, expected >= '10'")]
    [InlineData("$.healthy", "==", "true", null)]
    [InlineData("$.version", "contains", "2.1", null)]
    [InlineData("$.tags", "contains", "eu", null)]
    [InlineData("$.tags", "contains", "us", "$.tags was [\"eu\",\"prod\"], expected contains 'us'")]
    [InlineData("$.checks[1].state", "==", "ok", "$.checks[1].state was 'slow', expected == 'ok'")]
    [InlineData("$.missing", "==", "x", "$.missing not found")]
    public async Task CheckAsync_JsonPath_ComparedWithEachOperator(
        string path, string op, string value, string? expectedDetail)
    {
        const string Json = """
            {"status":"up","count":5,"healthy":true,"version":"v2.1.3","tags":["eu","prod"],
             "checks":[{"state":"ok"},{"state":"slow"}]}
            """;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.ContentType = "application/json";
            return ctx.Response.WriteAsync(Json);
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });
        Assert.True(JsonOperators.TryParse(op, out var parsed));

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            JsonPath = path,
            JsonOperator = parsed,
            JsonValue = value,
        });

        Assert.Equal(expectedDetail is null ? CheckOutcome.Up : CheckOutcome.Down, result.Outcome);
        Assert.Equal(expectedDetail, result.Detail);
        Assert.Equal(expectedDetail is null ? null : FailedConditions.Json, result.FailedCondition);
    }

    [Fact]
    public async Task CheckAsync_JsonPathOnHtml_IsDownSayingTheBodyIsNotJson()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync("<html>hi</html>"));
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { JsonPath = "$.a", JsonValue = "1" });

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.StartsWith("body is not JSON", result.Detail);
    }

    [Fact]
    public async Task CheckAsync_KeywordMissing_IsRetriedLikeAnyDownAnswer()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
            ctx.Response.WriteAsync(Interlocked.Increment(ref requests) < 3 ? "starting" : "ready"));
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "3" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { Keyword = "ready" });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.True(result.ColdStart);
    }

    [Fact]
    public async Task CheckAsync_SlowAnswer_IsDegradedWithoutRetries()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            Interlocked.Increment(ref requests);
            await Task.Delay(TimeSpan.FromMilliseconds(400), ctx.RequestAborted);
            await ctx.Response.WriteAsync("ok", ctx.RequestAborted);
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "3" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            MaxResponseTime = TimeSpan.FromMilliseconds(150),
        });

        Assert.Equal(CheckOutcome.Degraded, result.Outcome);
        Assert.Equal(FailedConditions.ResponseTime, result.FailedCondition);
        Assert.Matches(@"^response \d+ ms over 150 ms$", result.Detail);
        Assert.True(result.DurationMs >= 400, $"took {result.DurationMs} ms");
        Assert.Null(result.ErrorKind);
        Assert.Null(result.Error);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, Volatile.Read(ref requests));
        Assert.False(result.ColdStart);
    }

    [Fact]
    public async Task CheckAsync_FastAnswerUnderLimit_IsUp()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync("ok"));
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            MaxResponseTime = TimeSpan.FromSeconds(5),
        });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Null(result.FailedCondition);
        Assert.Null(result.CertificateExpiresAt);
    }
}

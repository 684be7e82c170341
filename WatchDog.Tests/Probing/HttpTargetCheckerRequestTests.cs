using System.Text;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

/// <summary>What a target's request settings make the checker send, seen by a real server.</summary>
public sealed class HttpTargetCheckerRequestTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task CheckAsync_Method_IsSent(string method)
    {
        string? seen = null;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            seen = ctx.Request.Method;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { Method = method });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(method, seen);
    }

    [Fact]
    public async Task CheckAsync_HeadersAndBody_AreSentAndOwnUserAgentWins()
    {
        (string? Trace, string? UserAgent, string? Type, string Body)? seen = null;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
            seen = (ctx.Request.Headers["X-Trace"], ctx.Request.Headers.UserAgent, ctx.Request.ContentType,
                await reader.ReadToEndAsync(ctx.RequestAborted));
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            Method = "POST",
            Headers = { ["X-Trace"] = "abc-123", ["User-Agent"] = "MyProbe/1.0" },
            Body = """{"ping":"é"}""",
            BodyContentType = "application/json",
        });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.NotNull(seen);
        Assert.Equal("abc-123", seen.Value.Trace);
        Assert.Equal("MyProbe/1.0", seen.Value.UserAgent);
        Assert.Equal("application/json", seen.Value.Type);
        Assert.Equal("""{"ping":"é"}""", seen.Value.Body);
    }

    [Theory]
    [InlineData(AuthenticationKind.Basic, "Basic bW9uaXRvcjpzM2NyZXQ6eA==")]
    [InlineData(AuthenticationKind.Bearer, "Bearer tok.en-1")]
    public async Task CheckAsync_Authentication_IsSent(AuthenticationKind kind, string expected)
    {
        string? seen = null;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            seen = ctx.Request.Headers.Authorization;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            Authentication = kind,
            Username = "monitor",
            Password = "s3cret:x",
            BearerToken = "tok.en-1",
        });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task CheckAsync_RedirectToOtherOrigin_SendsNoCredentialsOrOwnHeadersThere()
    {
        var seenAuthorization = (string?)"unset";
        var seenTrace = (string?)"unset";
        await using var other = await LocalHttpServer.StartAsync(ctx =>
        {
            seenAuthorization = ctx.Request.Headers.Authorization.FirstOrDefault();
            seenTrace = ctx.Request.Headers["X-Trace"].FirstOrDefault();
            return Task.CompletedTask;
        });
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.Redirect(other.Url("/landed").ToString());
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            Authentication = AuthenticationKind.Bearer,
            BearerToken = "secret-token",
            Headers = { ["X-Trace"] = "abc" },
        });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Null(seenAuthorization);
        Assert.Null(seenTrace);
    }

    [Fact]
    public async Task CheckAsync_PostRedirectedWith303_FollowsWithGetAndNoBody()
    {
        var seen = new List<string>();
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            lock (seen)
            {
                seen.Add($"{ctx.Request.Method} {ctx.Request.Path} {ctx.Request.ContentLength ?? 0}");
            }

            if (ctx.Request.Path == "/form")
            {
                ctx.Response.StatusCode = 303;
                ctx.Response.Headers.Location = "/done";
            }

            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.Url("/form"), new TargetCheckSettings { Method = "POST", Body = "a=1" });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(["POST /form 3", "GET /done 0"], seen);
    }

    [Fact]
    public async Task CheckAsync_RedirectsOff_JudgesTheRedirectItself()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.Redirect("/elsewhere");
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { FollowRedirects = false });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(302, result.StatusCode);
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task CheckAsync_OwnMaxRedirects_OverridesTheGlobalLimit()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            var hop = int.Parse(ctx.Request.Query["hop"].FirstOrDefault() ?? "0");
            if (hop < 3)
            {
                ctx.Response.Redirect($"/?hop={hop + 1}");
            }

            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Checks:MaxRedirects"] = "10",
            ["WatchDog:Checks:Retries"] = "0",
        });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { MaxRedirects = 2 });

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.TooManyRedirects, result.ErrorKind);
        Assert.Contains("more than 2 redirects", result.Error);
    }

    [Fact]
    public async Task CheckAsync_OwnTimeoutAndRetries_OverrideTheGlobalOnes()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            Interlocked.Increment(ref requests);
            await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted);
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Checks:Timeout"] = "00:00:20",
            ["WatchDog:Checks:Retries"] = "0",
        });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            Retries = 2,
        });

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Timeout, result.ErrorKind);
        Assert.Contains("0.3 s", result.Error);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, Volatile.Read(ref requests));
        Assert.True(result.DurationMs < 5000, $"last attempt took {result.DurationMs} ms");
    }

    [Fact]
    public async Task CheckAsync_InvalidStoredSettings_IsDownNamingTheField()
    {
        await using var server = await LocalHttpServer.StartAsync(_ => Task.CompletedTask);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { AcceptedStatusCodes = "2xx" });

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Contains("acceptedStatusCodes", result.Error);
    }
}

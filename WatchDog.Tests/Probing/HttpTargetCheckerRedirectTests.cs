using Microsoft.AspNetCore.Http;
using WatchDog.Core.Checks;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerRedirectTests
{
    [Fact]
    public async Task CheckAsync_RedirectsWithinLimit_IsUpWithFinalStatus()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => Chain(ctx, hops: 3));
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:MaxRedirects"] = "3" });

        var result = await host.CheckAsync(server.Url("/hop/0"));

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(204, result.StatusCode);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task CheckAsync_MoreRedirectsThanLimit_IsDownWithTooManyRedirects()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => Chain(ctx, hops: 4));
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Checks:MaxRedirects"] = "3",
            ["WatchDog:Checks:Retries"] = "0",
        });

        var result = await host.CheckAsync(server.Url("/hop/0"));

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.TooManyRedirects, result.ErrorKind);
        Assert.Contains("more than 3 redirects", result.Error);
    }

    [Fact]
    public async Task CheckAsync_RedirectLoop_IsDownWithTooManyRedirects()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.Redirect(ctx.Request.Path == "/a" ? "/b" : "/a");
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "1" });

        var result = await host.CheckAsync(server.Url("/a"));

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.TooManyRedirects, result.ErrorKind);
        Assert.Contains("loop", result.Error);
        Assert.Equal(302, result.StatusCode);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(4, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task CheckAsync_RedirectToBlockedAddress_IsBlockedWithoutConnectingOrRetrying()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.Redirect($"http://127.0.0.2:{ctx.Connection.LocalPort}/inside");
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Probing:BlockedNetworks:0"] = "127.0.0.2/32",
        });

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Blocked, result.ErrorKind);
        Assert.Contains("127.0.0.2", result.Error);
        Assert.Contains("BlockedNetworks", result.Error);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task CheckAsync_RedirectToOtherScheme_IsBlocked()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.Redirect("file:///etc/passwd");
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Blocked, result.ErrorKind);
        Assert.Contains("only http and https", result.Error);
        Assert.Equal(1, result.Attempts);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task CheckAsync_LoopbackWhilePrivateNetworksRefused_IsBlockedWithoutRequest(string hostName)
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(_ =>
        {
            Interlocked.Increment(ref requests);
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Probing:AllowPrivateNetworks"] = "false",
        });

        var result = await host.CheckAsync($"http://{hostName}:{server.Port}/");

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Blocked, result.ErrorKind);
        Assert.Contains("loopback", result.Error);
        Assert.Contains("WatchDog:Probing:AllowPrivateNetworks", result.Error);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(0, Volatile.Read(ref requests));
        if (hostName == "localhost")
        {
            Assert.Contains("'localhost'", result.Error);
        }
    }

    // /hop/N redirects to /hop/N+1 until N reaches the given number of hops, which answers 204.
    private static Task Chain(HttpContext ctx, int hops)
    {
        var step = int.Parse(ctx.Request.Path.Value!["/hop/".Length..]);
        if (step >= hops)
        {
            ctx.Response.StatusCode = 204;
        }
        else
        {
            ctx.Response.Redirect($"/hop/{step + 1}");
        }

        return Task.CompletedTask;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using WatchDog.Core.Checks;
using WatchDog.Core.Probing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerTests
{
    [Fact]
    public async Task CheckAsync_ServerAnswers200_IsUpOnFirstAttemptWithEveryFieldFilled()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync("hello"));
        await using var host = CheckerHost.Create();
        var request = new CheckRequest(Guid.NewGuid(), server.Url("/health").ToString(), DateTimeOffset.UtcNow.AddSeconds(-3));
        var before = DateTimeOffset.UtcNow;

        var result = await host.Checker.CheckAsync(request, CancellationToken.None).WaitAsync(CheckerHost.TestTimeout);

        Assert.Equal(request.TargetId, result.TargetId);
        Assert.Equal(request.DueAt, result.DueAt);
        Assert.InRange(result.StartedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.InRange(result.DurationMs, 0, 2000);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Null(result.ErrorKind);
        Assert.Null(result.Error);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.ColdStart);
    }

    [Fact]
    public async Task CheckAsync_ServerAnswers500_IsDownAfterEveryRetry()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.HttpStatus, result.ErrorKind);
        Assert.Equal(500, result.StatusCode);
        Assert.Contains("500", result.Error);
        Assert.Equal(4, result.Attempts);
        Assert.Equal(4, Volatile.Read(ref requests));
        Assert.False(result.ColdStart);
    }

    [Fact]
    public async Task CheckAsync_FailsTwiceThenAnswers200_IsUpAsColdStart()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.StatusCode = Interlocked.Increment(ref requests) <= 2 ? 503 : 200;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.True(result.ColdStart);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.ErrorKind);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task CheckAsync_ConnectionRefused_IsDownWithConnectionError()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "1" });

        var result = await host.CheckAsync($"http://127.0.0.1:{port}/");

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Connection, result.ErrorKind);
        Assert.Null(result.StatusCode);
        Assert.Equal(2, result.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public async Task CheckAsync_AnswerSlowerThanTimeout_IsDownWithTimeout()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted);
            await ctx.Response.WriteAsync("too late");
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Checks:Timeout"] = "00:00:00.300",
            ["WatchDog:Checks:Retries"] = "1",
        });
        var stopwatch = Stopwatch.StartNew();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Timeout, result.ErrorKind);
        Assert.Equal(2, result.Attempts);
        Assert.InRange(result.DurationMs, 250, 3000);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task CheckAsync_ServerAcceptsAndNeverAnswers_IsDownWithTimeoutQuickly()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        using var stop = new CancellationTokenSource();
        var acceptLoop = AcceptAndHoldAsync(listener, accepted, stop.Token);
        try
        {
            await using var host = CheckerHost.Create(new Dictionary<string, string?>
            {
                ["WatchDog:Checks:Timeout"] = "00:00:00.300",
                ["WatchDog:Checks:Retries"] = "0",
            });
            var stopwatch = Stopwatch.StartNew();

            var result = await host.CheckAsync($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

            Assert.Equal(CheckOutcome.Down, result.Outcome);
            Assert.Equal(CheckErrorKind.Timeout, result.ErrorKind);
            Assert.Equal(1, result.Attempts);
            Assert.Contains("0.3 s", result.Error);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
            lock (accepted)
            {
                Assert.NotEmpty(accepted);
            }
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            await acceptLoop.WaitAsync(CheckerHost.TestTimeout);
            lock (accepted)
            {
                accepted.ForEach(socket => socket.Dispose());
            }
        }
    }

    [Fact]
    public async Task CheckAsync_CallerCancels_ReturnsInterruptedResultPromptly()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
            await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted));
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Timeout"] = "00:00:20" });
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        var result = await host.CheckAsync(server.BaseAddress.ToString(), shutdown.Token);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckInterruption.Error, result.Error);
        Assert.Equal(CheckErrorKind.Unexpected, result.ErrorKind);
        Assert.Equal(1, result.Attempts);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task CheckAsync_NotAnHttpUrl_IsBlockedWithoutRetry(string url)
    {
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(url);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Blocked, result.ErrorKind);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("http or https", result.Error);
    }

    private static async Task AcceptAndHoldAsync(TcpListener listener, List<Socket> accepted, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                var socket = await listener.AcceptSocketAsync(token);
                lock (accepted)
                {
                    accepted.Add(socket);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}

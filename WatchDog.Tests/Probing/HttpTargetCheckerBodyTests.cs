using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using WatchDog.Core.Checks;
using WatchDog.Core.Probing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerBodyTests
{
    private const long HugeBodyBytes = 50L * 1024 * 1024;

    [Fact]
    public async Task CheckAsync_HugeBody_IsUpAndStopsReadingEarly()
    {
        long written = 0;
        var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            var chunk = new byte[64 * 1024];
            ctx.Response.ContentLength = HugeBodyBytes;
            try
            {
                while (written < HugeBodyBytes && !ctx.RequestAborted.IsCancellationRequested)
                {
                    await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
                    Interlocked.Add(ref written, chunk.Length);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client hung up, which is what the test wants to see.
            }
            finally
            {
                served.TrySetResult();
            }
        });
        await using var host = CheckerHost.Create();
        var stopwatch = Stopwatch.StartNew();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        await served.Task.WaitAsync(CheckerHost.TestTimeout);
        Assert.True(Interlocked.Read(ref written) < HugeBodyBytes / 4, $"server wrote {written} bytes");
    }

    [Fact]
    public async Task CheckAsync_GzipBody_IsUpAndAdvertisesDecompression()
    {
        string? acceptEncoding = null;
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            acceptEncoding = ctx.Request.Headers.AcceptEncoding.ToString();
            ctx.Response.Headers.ContentEncoding = "gzip";
            await ctx.Response.Body.WriteAsync(Gzip(new string('x', 200_000)));
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Contains("gzip", acceptEncoding);
        Assert.Contains("br", acceptEncoding);
        Assert.Contains("deflate", acceptEncoding);
    }

    [Fact]
    public async Task CheckAsync_CorruptGzipBody_IsDownBecauseTheBodyIsDecoded()
    {
        await using var server = await LocalHttpServer.StartAsync(async ctx =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            await ctx.Response.WriteAsync("this is not gzip at all, a browser would show a decoding error");
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Contains("could not be decoded", result.Error);
    }

    [Fact]
    public async Task CheckAsync_AnyTarget_SendsBrowserLikeHeaders()
    {
        IHeaderDictionary? seen = null;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            seen = new HeaderDictionary(ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.NotNull(seen);
        Assert.Equal(ProbingOptions.DefaultUserAgent, seen.UserAgent.ToString());
        Assert.Contains("Chrome/", seen.UserAgent.ToString());
        Assert.Contains("WatchDog", seen.UserAgent.ToString());
        Assert.Contains("text/html", seen.Accept.ToString());
        Assert.Contains("en", seen.AcceptLanguage.ToString());
    }

    [Fact]
    public async Task CheckAsync_ConfiguredUserAgent_IsSent()
    {
        string? userAgent = null;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            userAgent = ctx.Request.Headers.UserAgent.ToString();
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Probing:UserAgent"] = "MyKeepWarm/2.0 (+ops)",
        });

        await host.CheckAsync(server.BaseAddress);

        Assert.Equal("MyKeepWarm/2.0 (+ops)", userAgent);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}

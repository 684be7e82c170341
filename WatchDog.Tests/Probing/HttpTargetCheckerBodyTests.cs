using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using WatchDog.Core.Checks;
using WatchDog.Core.Probing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerBodyTests
{
    private const long HugeBodyBytes = 50L * 1024 * 1024;

    // A raw socket server rather than Kestrel: once a client hangs up, Kestrel turns body writes into silent no-ops
    // until it cancels RequestAborted, so counting its writes raced with that and sometimes counted the whole body.
    // A socket write only succeeds while the kernel accepts the bytes, so this counts what really left.
    [Fact]
    public async Task CheckAsync_HugeBody_IsUpAndStopsReadingEarly()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        long written = 0;
        var serving = ServeHugeBodyAsync(listener, bytes => Interlocked.Add(ref written, bytes));
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

        // No timing assertion: the server finishing early because the client hung up is the proof.
        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        await serving.WaitAsync(CheckerHost.TestTimeout);
        Assert.True(Interlocked.Read(ref written) < HugeBodyBytes / 4, $"server wrote {written} bytes");
    }

    private static async Task ServeHugeBodyAsync(TcpListener listener, Action<int> wrote)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        var request = new byte[8192];
        _ = await stream.ReadAsync(request);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {HugeBodyBytes}\r\n\r\n");
        await stream.WriteAsync(head);
        var chunk = new byte[64 * 1024];
        try
        {
            for (long sent = 0; sent < HugeBodyBytes; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
                wrote(chunk.Length);
            }
        }
        catch (IOException)
        {
            // The client hung up, which is what the test wants to see.
        }
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

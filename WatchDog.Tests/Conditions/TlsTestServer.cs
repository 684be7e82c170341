using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WatchDog.Tests.Conditions;

/// <summary>A Kestrel HTTPS server on 127.0.0.1 presenting a leaf and the extra certificates a test gives.</summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;

    private TlsTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<TlsTestServer> StartAsync(X509Certificate2 leaf, params X509Certificate2[] presentedChain)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            listen.UseHttps(https =>
            {
                https.ServerCertificate = leaf;
                https.ServerCertificateChain = [.. presentedChain];
            })));
        var app = builder.Build();
        app.Run(ctx => ctx.Response.WriteAsync("secure ok"));
        await app.StartAsync().WaitAsync(s_startTimeout);
        var address = app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return new TlsTestServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().WaitAsync(s_startTimeout);
        await _app.DisposeAsync();
    }
}

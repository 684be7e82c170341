using System.Diagnostics;
using System.Net;
using System.Net.Security;

namespace WatchDog.Core.Probing;

/// <summary>
/// Builds the checker's two HttpClients: one that validates certificates and one for targets that ignore TLS
/// errors. Both connect through the same address guard and record presented certificates in the ledger. They are
/// made by hand rather than through IHttpClientFactory because the service defaults add a resilience handler and
/// service discovery to every factory client, and a check must own its retries, timeouts and addresses.
/// </summary>
internal static class ProbeHttpClientFactory
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private const string BrowserAcceptLanguage = "en-US,en;q=0.9";

    public static HttpClient Create(
        ProbingOptions options,
        AddressPolicy policy,
        CertificateLedger ledger,
        bool ignoreTlsErrors = false)
    {
        var connector = new GuardedConnector(policy);
        var handler = new SocketsHttpHandler
        {
            // Each redirect hop is followed by the checker so that it can count hops and refuse odd schemes.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = connector.ConnectAsync,

            // A proxy would make the connect step judge the proxy's address instead of the target's.
            UseProxy = false,

            // Checks of different targets share this client, so no cookie may travel from one to another.
            UseCookies = false,

            // Reused within one check's redirect chain; a later check opens a fresh connection so its time
            // includes connecting, like a visitor's first request would.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),

            // A body cut short at MaxBodyBytes is not read on to save the connection.
            MaxResponseDrainSize = 0,

            // Targets are third parties: they get no trace ids of ours.
            ActivityHeadersPropagator = DistributedContextPropagator.CreateNoOutputPropagator(),

            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    ledger.Record(sender, certificate, chain);
                    return ignoreTlsErrors || errors == SslPolicyErrors.None;
                },
            },
        };

        var client = new HttpClient(handler, disposeHandler: true)
        {
            // The checker bounds each attempt with its own token.
            Timeout = Timeout.InfiniteTimeSpan,

            // HTTP/2 where TLS negotiation offers it, else HTTP/1.1. Never HTTP/3: QUIC connections do not pass
            // through ConnectCallback, so they would skip the address policy.
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", BrowserAccept);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", BrowserAcceptLanguage);
        return client;
    }
}

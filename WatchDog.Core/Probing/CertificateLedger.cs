using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>
/// The earliest-expiring certificate each host presented at its latest TLS handshake, filled by the handlers'
/// certificate callback. Only certificates the server sent are judged (the leaf and the intermediates it
/// included), and of those only the ones on the path the chain was built along: a root the local store supplies,
/// or a cross-signed copy of a root the path did not need, expiring is no concern of the target's.
/// </summary>
/// <remarks>
/// Keyed by host name because the handler tells the callback which host, not which request: two targets on the
/// same host but different ports with different certificates would share an entry. A pooled connection's
/// handshake stays recorded, which is right, since that connection answers the request.
/// </remarks>
internal sealed class CertificateLedger
{
    private readonly ConcurrentDictionary<string, CertificateExpiry> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public CertificateExpiry? Find(string host) => _byHost.GetValueOrDefault(host);

    /// <summary>The callback's part: never throws, and never decides whether the certificate is accepted.</summary>
    public void Record(object sender, X509Certificate? certificate, X509Chain? chain)
    {
        if (sender is not SslStream { TargetHostName: { Length: > 0 } host } || certificate is null)
        {
            return;
        }

        var leaf = certificate as X509Certificate2;
        try
        {
            leaf ??= X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            var earliest = EarliestPresented(leaf, chain);
            _byHost[host] = new CertificateExpiry(
                new DateTimeOffset(earliest.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                earliest.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } name
                    ? name
                    : earliest.Subject);
        }
        finally
        {
            if (!ReferenceEquals(leaf, certificate))
            {
                leaf?.Dispose();
            }
        }
    }

    /// <summary>The earliest-expiring of the leaf and the presented certificates on the path the chain was built along.</summary>
    internal static X509Certificate2 EarliestPresented(X509Certificate2 leaf, X509Chain? chain)
    {
        var earliest = leaf;
        if (chain is null)
        {
            return earliest;
        }

        // SslStream puts the certificates the server sent, besides the leaf, into ExtraStore before building.
        var onPath = chain.ChainElements.Select(e => e.Certificate.Thumbprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var presented in chain.ChainPolicy.ExtraStore)
        {
            var judged = onPath.Count == 0 || onPath.Contains(presented.Thumbprint);
            if (judged && presented.NotAfter < earliest.NotAfter)
            {
                earliest = presented;
            }
        }

        return earliest;
    }
}

using System.Security.Cryptography.X509Certificates;
using WatchDog.Core.Probing;

namespace WatchDog.Tests.Conditions;

/// <summary>
/// Which presented certificates count, judged on chains built here, since trusting a test root in a TLS handshake
/// would mean changing the machine's trust store.
/// </summary>
public sealed class PresentedCertificateTests
{
    private static readonly TimeSpan s_long = TimeSpan.FromDays(3650);

    [Fact]
    public void EarliestPresented_CrossSignedRootOffTheTrustedPath_IsNotJudged()
    {
        using var pki = TestCertificates.Create(s_long, TimeSpan.FromDays(400), TimeSpan.FromDays(300));
        using var crossSigned = pki.CrossSignRoot(TimeSpan.FromDays(2));
        using var chain = BuildChain(pki, trustRoot: true, pki.Intermediate, crossSigned);

        var earliest = CertificateLedger.EarliestPresented(pki.Leaf, chain);

        Assert.DoesNotContain(chain.ChainElements, e => e.Certificate.Thumbprint == crossSigned.Thumbprint);
        Assert.Equal(pki.Leaf.Thumbprint, earliest.Thumbprint);
    }

    [Fact]
    public void EarliestPresented_CrossSignedRootOnThePath_IsJudged()
    {
        using var pki = TestCertificates.Create(s_long, TimeSpan.FromDays(400), TimeSpan.FromDays(300));
        using var crossSigned = pki.CrossSignRoot(TimeSpan.FromDays(2));
        using var chain = BuildChain(pki, trustRoot: false, pki.Intermediate, crossSigned);

        var earliest = CertificateLedger.EarliestPresented(pki.Leaf, chain);

        Assert.Equal(crossSigned.Thumbprint, earliest.Thumbprint);
    }

    [Fact]
    public void EarliestPresented_IntermediateExpiresFirst_IsTheIntermediate()
    {
        using var pki = TestCertificates.Create(s_long, TimeSpan.FromDays(10), TimeSpan.FromDays(300));
        using var chain = BuildChain(pki, trustRoot: true, pki.Intermediate);

        var earliest = CertificateLedger.EarliestPresented(pki.Leaf, chain);

        Assert.Equal(pki.Intermediate.Thumbprint, earliest.Thumbprint);
    }

    [Fact]
    public void EarliestPresented_NoChain_IsTheLeaf()
    {
        using var pki = TestCertificates.Create(s_long, TimeSpan.FromDays(10), TimeSpan.FromDays(300));

        Assert.Equal(pki.Leaf.Thumbprint, CertificateLedger.EarliestPresented(pki.Leaf, chain: null).Thumbprint);
    }

    // Built as SslStream builds it: the certificates the server sent besides the leaf go into ExtraStore.
    private static X509Chain BuildChain(TestCertificates pki, bool trustRoot, params X509Certificate2[] presented)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(presented);
        if (trustRoot)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(pki.Root);
        }

        chain.Build(pki.Leaf);
        return chain;
    }
}

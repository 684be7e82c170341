using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WatchDog.Tests.Conditions;

/// <summary>
/// A made-up PKI for TLS tests: a root CA, an intermediate it signs and a leaf for 127.0.0.1 the intermediate
/// signs, each with the lifetime a test asks for. Nothing here is trusted by the machine.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    private TestCertificates(X509Certificate2 root, X509Certificate2 intermediate, X509Certificate2 leaf)
    {
        Root = root;
        Intermediate = intermediate;
        Leaf = leaf;
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    /// <summary>The leaf with its private key, ready for Kestrel.</summary>
    public X509Certificate2 Leaf { get; }

    public static TestCertificates Create(TimeSpan rootLife, TimeSpan intermediateLife, TimeSpan leafLife)
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var rootRequest = AuthorityRequest("CN=WatchDog Test Root", rootKey);
        var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now + rootLife);

        // Issued through a signature generator rather than the issuer certificate, because the latter refuses a
        // child that outlives its issuer, and the tests need exactly that (a short-lived intermediate).
        var intermediate = Issue(AuthorityRequest("CN=WatchDog Test Intermediate", intermediateKey),
            root, rootKey, now + intermediateLife, serial: 2);

        var leafRequest = new CertificateRequest("CN=127.0.0.1", leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        leafRequest.CertificateExtensions.Add(names.Build());
        leafRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leafRequest.PublicKey, false));
        using var leafPublic = Issue(leafRequest, intermediate, intermediateKey, now + leafLife, serial: 3);

        // A round trip through PKCS#12 gives Kestrel a certificate whose key it can use on every platform.
        using var withKey = leafPublic.CopyWithPrivateKey(leafKey);
        var leaf = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        return new TestCertificates(root, intermediate, leaf);
    }

    /// <summary>
    /// A copy of <see cref="Root"/> (same name and key) signed by another, older root, as servers send to reach
    /// clients that lack the new root: it may expire long before the root it copies.
    /// </summary>
    public X509Certificate2 CrossSignRoot(TimeSpan life)
    {
        using var oldKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var oldRoot = AuthorityRequest("CN=WatchDog Test Old Root", oldKey)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(3650));
        var request = new CertificateRequest(Root.SubjectName, Root.PublicKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(Root.PublicKey, false));
        return Issue(request, oldRoot, oldKey, DateTimeOffset.UtcNow + life, serial: 4);
    }

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        Leaf.Dispose();
    }

    private static CertificateRequest AuthorityRequest(string subject, ECDsa key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static X509Certificate2 Issue(
        CertificateRequest request,
        X509Certificate2 issuer,
        ECDsa issuerKey,
        DateTimeOffset notAfter,
        byte serial)
    {
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var generator = X509SignatureGenerator.CreateForECDsa(issuerKey);
        return request.Create(issuer.SubjectName, generator, DateTimeOffset.UtcNow.AddDays(-1), notAfter, [serial]);
    }
}

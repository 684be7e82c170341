using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Tests.Probing;

namespace WatchDog.Tests.Conditions;

/// <summary>
/// Certificate expiry judged against HTTPS servers made in the test. Their CA is not trusted, so the targets
/// ignore TLS errors, as a self-signed hobby server's target would.
/// </summary>
public sealed class CertificateExpiryTests
{
    private static readonly TimeSpan s_long = TimeSpan.FromDays(3650);

    [Fact]
    public async Task CheckAsync_LeafExpiresInFiveDays_IsDegradedWithTheDate()
    {
        using var pki = TestCertificates.Create(s_long, s_long, TimeSpan.FromDays(5));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { IgnoreTlsErrors = true });

        var expires = new DateTimeOffset(pki.Leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        Assert.Equal(CheckOutcome.Degraded, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(FailedConditions.Certificate, result.FailedCondition);
        Assert.Equal(expires, result.CertificateExpiresAt);
        Assert.Equal($"certificate expires {expires:yyyy-MM-dd} (4 days): 127.0.0.1", result.Detail);
        Assert.Null(result.ErrorKind);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task CheckAsync_LeafValidFor300Days_IsUpAndRecordsExpiry()
    {
        using var pki = TestCertificates.Create(s_long, s_long, TimeSpan.FromDays(300));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { IgnoreTlsErrors = true });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Null(result.FailedCondition);
        Assert.Equal(new DateTimeOffset(pki.Leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero), result.CertificateExpiresAt);
    }

    [Fact]
    public async Task CheckAsync_PresentedIntermediateExpiresFirst_IsJudgedByIt()
    {
        using var pki = TestCertificates.Create(s_long, TimeSpan.FromDays(3), TimeSpan.FromDays(300));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { IgnoreTlsErrors = true });

        var expires = new DateTimeOffset(pki.Intermediate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        Assert.Equal(CheckOutcome.Degraded, result.Outcome);
        Assert.Equal(expires, result.CertificateExpiresAt);
        Assert.Contains("WatchDog Test Intermediate", result.Detail);
        Assert.Contains($"{expires:yyyy-MM-dd}", result.Detail);
    }

    [Fact]
    public async Task CheckAsync_RootNotPresentedExpiresSoon_IsNotJudged()
    {
        using var pki = TestCertificates.Create(TimeSpan.FromDays(2), s_long, TimeSpan.FromDays(300));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings { IgnoreTlsErrors = true });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.Equal(new DateTimeOffset(pki.Leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero), result.CertificateExpiresAt);
    }

    [Fact]
    public async Task CheckAsync_WarningOff_ExpiringLeafIsUp()
    {
        using var pki = TestCertificates.Create(s_long, s_long, TimeSpan.FromDays(5));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create();

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings
        {
            IgnoreTlsErrors = true,
            CertificateExpiryWarningDays = 0,
        });

        Assert.Equal(CheckOutcome.Up, result.Outcome);
        Assert.NotNull(result.CertificateExpiresAt);
    }

    [Fact]
    public async Task CheckAsync_UntrustedCertificateNotIgnored_IsDownAsConnectionFailure()
    {
        using var pki = TestCertificates.Create(s_long, s_long, TimeSpan.FromDays(300));
        await using var server = await TlsTestServer.StartAsync(pki.Leaf, pki.Intermediate);
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress, new TargetCheckSettings());

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(CheckErrorKind.Connection, result.ErrorKind);
        Assert.Equal(new DateTimeOffset(pki.Leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero), result.CertificateExpiresAt);
    }
}

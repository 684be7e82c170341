namespace WatchDog.Core.Probing;

/// <summary>Settings under <c>WatchDog:Probing</c>: what the HTTP checker may reach and how it presents itself.</summary>
public sealed class ProbingOptions
{
    public const string SectionName = "WatchDog:Probing";

    /// <summary>The User-Agent sent unless configured: a current desktop Chrome that also names WatchDog.</summary>
    public const string DefaultUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 " +
        "WatchDog/1.0";

    /// <summary>
    /// Allows loopback, private (RFC 1918, fc00::/7), CGNAT, multicast and unspecified addresses. Cloud metadata
    /// and link-local addresses stay refused whatever this says. Default false.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Networks refused in addition to the built-in rules, even when <see cref="AllowPrivateNetworks"/> is true,
    /// in CIDR form (<c>10.20.0.0/16</c>) or as single addresses: for example the subnet of the database. Default none.
    /// </summary>
    public List<string> BlockedNetworks { get; set; } = [];

    /// <summary>How much of a response body (after decompression) is read; the rest is dropped. Default 64 KiB.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The User-Agent header of every check. Default <see cref="DefaultUserAgent"/>.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;
}

using System.Net;
using System.Net.Sockets;

namespace WatchDog.Core.Probing;

/// <summary>
/// Decides whether the checker may connect to an address. It is asked after DNS resolution for every connection,
/// redirects included, so a hostname or redirect that leads somewhere internal is refused as well.
/// </summary>
public sealed class AddressPolicy
{
    private const string AllowHint =
        "; set " + ProbingOptions.SectionName + ":AllowPrivateNetworks=true to allow private and loopback addresses";

    // Metadata services hand out cloud credentials: reaching one from a user-supplied URL is the classic SSRF
    // prize, so these are refused even when private networks are allowed.
    private static readonly Rule[] s_alwaysRefused =
    [
        new("169.254.169.254/32", "a cloud metadata endpoint"),
        new("169.254.170.2/32", "a cloud metadata endpoint (AWS ECS)"),
        new("100.100.100.200/32", "a cloud metadata endpoint (Alibaba Cloud)"),
        new("168.63.129.16/32", "a cloud host endpoint (Azure WireServer)"),
        new("192.0.0.192/32", "a cloud metadata endpoint (Oracle Cloud)"),
        new("fd00:ec2::254/128", "a cloud metadata endpoint (AWS IPv6)"),
        new("fd00:ec2::23/128", "a cloud host endpoint (AWS IPv6)"),
        new("169.254.0.0/16", "link-local"),
        new("fe80::/10", "link-local"),
    ];

    private static readonly Rule[] s_privateRefused =
    [
        new("127.0.0.0/8", "loopback"),
        new("::1/128", "loopback"),
        new("10.0.0.0/8", "in a private network"),
        new("172.16.0.0/12", "in a private network"),
        new("192.168.0.0/16", "in a private network"),
        new("fc00::/7", "in a private network (unique local)"),
        new("fec0::/10", "in a private network (site-local)"),
        new("100.64.0.0/10", "in a carrier-grade NAT network"),
        new("0.0.0.0/8", "in the unspecified 'this network' range"),
        new("::/128", "the unspecified address"),
        new("224.0.0.0/4", "multicast"),
        new("ff00::/8", "multicast"),
        new("240.0.0.0/4", "in a reserved range (broadcast included)"),
    ];

    // NAT64 gateways forward 64:ff9b::a.b.c.d to the IPv4 address a.b.c.d, so such addresses are judged as that.
    private static readonly IPNetwork s_nat64 = IPNetwork.Parse("64:ff9b::/96");

    private readonly bool _allowPrivateNetworks;

    private readonly IReadOnlyList<IPNetwork> _blockedNetworks;

    public AddressPolicy(bool allowPrivateNetworks, IEnumerable<IPNetwork>? blockedNetworks = null)
    {
        _allowPrivateNetworks = allowPrivateNetworks;
        _blockedNetworks = blockedNetworks?.ToArray() ?? [];
    }

    public static AddressPolicy FromOptions(ProbingOptions options)
    {
        var blocked = new List<IPNetwork>();
        foreach (var text in options.BlockedNetworks)
        {
            if (!TryParseNetwork(text, out var network))
            {
                throw new ArgumentException(
                    $"{ProbingOptions.SectionName}:BlockedNetworks holds '{text}', which is not an address or network.");
            }

            blocked.Add(network);
        }

        return new AddressPolicy(options.AllowPrivateNetworks, blocked);
    }

    /// <summary>Parses <c>10.0.0.0/8</c>, <c>fd00::/8</c> or a single address (a network of one).</summary>
    public static bool TryParseNetwork(string? text, out IPNetwork network)
    {
        var trimmed = text?.Trim();
        if (IPAddress.TryParse(trimmed, out var single) && !trimmed!.Contains('/'))
        {
            network = new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(trimmed, out network);
    }

    /// <summary>Returns null when the address may be probed, otherwise why not, naming the address.</summary>
    public string? GetRefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var judged = Unwrap(address);
        var shown = judged.Equals(address) ? judged.ToString() : $"{address} (that is {judged})";

        if (Find(s_alwaysRefused, judged) is { } always)
        {
            return $"address {shown} is {always.Description} ({always.Network}), which is never probed";
        }

        foreach (var blocked in _blockedNetworks)
        {
            if (blocked.Contains(judged))
            {
                return $"address {shown} is in {ProbingOptions.SectionName}:BlockedNetworks ({blocked})";
            }
        }

        if (!_allowPrivateNetworks && Find(s_privateRefused, judged) is { } guarded)
        {
            return $"address {shown} is {guarded.Description} ({guarded.Network}){AllowHint}";
        }

        return null;
    }

    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && s_nat64.Contains(address))
        {
            var bytes = address.GetAddressBytes();
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return address;
    }

    private static Rule? Find(Rule[] rules, IPAddress address) =>
        Array.Find(rules, rule => rule.Network.Contains(address));

    private sealed record Rule(IPNetwork Network, string Description)
    {
        public Rule(string cidr, string description)
            : this(IPNetwork.Parse(cidr), description)
        {
        }
    }
}

using System.Net;
using WatchDog.Core.Probing;

namespace WatchDog.Tests.Probing;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("169.254.169.254", false)]
    [InlineData("169.254.169.254", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("100.100.100.200", true)]
    [InlineData("168.63.129.16", true)]
    [InlineData("169.254.170.2", true)]
    [InlineData("169.254.0.1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("febf:ffff::1", true)]
    [InlineData("::ffff:169.254.169.254", true)]
    [InlineData("64:ff9b::a9fe:a9fe", true)]
    public void GetRefusalReason_MetadataOrLinkLocal_IsRefusedWhateverTheSetting(string address, bool allowPrivate)
    {
        var policy = new AddressPolicy(allowPrivate);

        var reason = policy.GetRefusalReason(IPAddress.Parse(address));

        Assert.NotNull(reason);
        Assert.Contains("never probed", reason);
        Assert.DoesNotContain("AllowPrivateNetworks", reason);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    public void GetRefusalReason_PrivateRange_IsRefusedByDefaultAndAllowedBySetting(string address, string kind)
    {
        var parsed = IPAddress.Parse(address);

        var refused = new AddressPolicy(allowPrivateNetworks: false).GetRefusalReason(parsed);
        var allowed = new AddressPolicy(allowPrivateNetworks: true).GetRefusalReason(parsed);

        Assert.NotNull(refused);
        Assert.Contains(kind, refused);
        Assert.Contains(address, refused);
        Assert.Contains("WatchDog:Probing:AllowPrivateNetworks=true", refused);
        Assert.Null(allowed);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("192.169.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2606:4700::1111")]
    [InlineData("fe00::1")]
    [InlineData("::ffff:93.184.215.14")]
    public void GetRefusalReason_PublicAddress_IsAllowed(string address)
    {
        var policy = new AddressPolicy(allowPrivateNetworks: false);

        Assert.Null(policy.GetRefusalReason(IPAddress.Parse(address)));
    }

    [Fact]
    public void GetRefusalReason_MappedAddress_NamesBothForms()
    {
        var reason = new AddressPolicy(false).GetRefusalReason(IPAddress.Parse("::ffff:192.168.0.10"));

        Assert.Equal(
            "address ::ffff:192.168.0.10 (that is 192.168.0.10) is in a private network (192.168.0.0/16); " +
            "set WatchDog:Probing:AllowPrivateNetworks=true to allow private and loopback addresses",
            reason);
    }

    [Fact]
    public void GetRefusalReason_ExtraBlockedNetwork_IsRefusedEvenWhenPrivateAllowed()
    {
        var policy = new AddressPolicy(true, [IPNetwork.Parse("127.0.0.2/32"), IPNetwork.Parse("2001:db8::/32")]);

        Assert.Contains("BlockedNetworks (127.0.0.2/32)", policy.GetRefusalReason(IPAddress.Parse("127.0.0.2")));
        Assert.Contains("BlockedNetworks", policy.GetRefusalReason(IPAddress.Parse("::ffff:127.0.0.2")));
        Assert.Contains("BlockedNetworks", policy.GetRefusalReason(IPAddress.Parse("2001:db8::5")));
        Assert.Null(policy.GetRefusalReason(IPAddress.Parse("127.0.0.1")));
        Assert.Null(policy.GetRefusalReason(IPAddress.Parse("127.0.0.3")));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData(" 10.20.0.0/16 ", "10.20.0.0/16")]
    [InlineData("192.0.2.7", "192.0.2.7/32")]
    [InlineData("2001:db8::1", "2001:db8::1/128")]
    [InlineData("2001:db8::/32", "2001:db8::/32")]
    public void TryParseNetwork_AddressOrCidr_Parses(string text, string expected)
    {
        Assert.True(AddressPolicy.TryParseNetwork(text, out var network));
        Assert.Equal(expected, network.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("internal")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/")]
    public void TryParseNetwork_Nonsense_IsRejected(string? text)
    {
        Assert.False(AddressPolicy.TryParseNetwork(text, out _));
    }

    [Fact]
    public void FromOptions_BlockedNetworksSetting_IsApplied()
    {
        var policy = AddressPolicy.FromOptions(new ProbingOptions
        {
            AllowPrivateNetworks = true,
            BlockedNetworks = ["10.9.0.0/16"],
        });

        Assert.NotNull(policy.GetRefusalReason(IPAddress.Parse("10.9.1.1")));
        Assert.Null(policy.GetRefusalReason(IPAddress.Parse("10.8.1.1")));
    }
}

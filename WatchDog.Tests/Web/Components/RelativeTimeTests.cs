using WatchDog.Web.Components.Targets;

namespace WatchDog.Tests.Web.Components;

public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "never")]
    [InlineData(2, "just now")]
    [InlineData(42, "42 s ago")]
    [InlineData(185, "3 min ago")]
    [InlineData(7300, "2 h ago")]
    [InlineData(200_000, "2 d ago")]
    public void Format_Age_IsShortAndRounded(int? secondsAgo, string expected)
    {
        var time = secondsAgo is { } s ? s_now.AddSeconds(-s) : (DateTimeOffset?)null;

        Assert.Equal(expected, RelativeTime.Format(time, s_now));
    }

    [Theory]
    [InlineData(10, "10 s")]
    [InlineData(90, "90 s")]
    [InlineData(300, "5 min")]
    [InlineData(5400, "1 h 30 min")]
    [InlineData(7200, "2 h")]
    [InlineData(86_400, "1 d")]
    public void Interval_Seconds_ReadsNaturally(int seconds, string expected)
    {
        Assert.Equal(expected, RelativeTime.Interval(TimeSpan.FromSeconds(seconds)));
    }
}

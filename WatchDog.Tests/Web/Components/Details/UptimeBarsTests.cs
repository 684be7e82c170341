using Bunit;
using WatchDog.Core.History;
using WatchDog.Web.Components.Details;

namespace WatchDog.Tests.Web.Components.Details;

public sealed class UptimeBarsTests : MudTestContext
{
    private static readonly DateTimeOffset s_now = new(2025, 6, 30, 15, 20, 0, TimeSpan.Zero);

    [Fact]
    public void Render_DailyRollups_OneBarPerDayColouredByUptime()
    {
        var daily = new[]
        {
            Day(s_now.AddDays(-89), 1000, 1000),
            Day(s_now.AddDays(-3), 1000, 999),
            Day(s_now.AddDays(-2), 1000, 990),
            Day(s_now.AddDays(-1), 1000, 950),
            Day(s_now, 100, 80),
        };

        var cut = Render<UptimeBars>(ps => ps.Add(p => p.Daily, daily).Add(p => p.Now, s_now));

        var bars = cut.FindAll(".uptime-bar");
        Assert.Equal(90, bars.Count);
        Assert.Equal("2025-04-02", bars[0].GetAttribute("data-day"));
        Assert.Equal("2025-06-30", bars[^1].GetAttribute("data-day"));
        Assert.Equal(["good", "good", "minor", "major", "bad"],
            new[] { 0, 86, 87, 88, 89 }.Select(i => bars[i].GetAttribute("data-level")));
        Assert.Equal("none", bars[1].GetAttribute("data-level"));
        Assert.Equal("2025-06-30: 80 % up, 20 of 100 checks failed", bars[^1].GetAttribute("title"));
        Assert.Equal("2025-04-03: no checks", bars[1].GetAttribute("title"));
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData(100.0, "good")]
    [InlineData(99.9, "good")]
    [InlineData(99.89, "minor")]
    [InlineData(99.0, "minor")]
    [InlineData(98.99, "major")]
    [InlineData(95.0, "major")]
    [InlineData(94.99, "bad")]
    public void Level_Uptime_FollowsTheThresholds(double? percent, string level) =>
        Assert.Equal(level, new UptimeBarDay(new DateOnly(2025, 1, 1), percent, 1, 0).Level);

    private static CheckRollup Day(DateTimeOffset time, int checks, int good) => new()
    {
        Period = RollupPeriod.Day,
        PeriodStart = new DateTimeOffset(time.UtcDateTime.Date, TimeSpan.Zero),
        Checks = checks,
        GoodChecks = good,
    };
}

using WatchDog.Core.KeepWarm;
using WatchDog.Core.Targets;

namespace WatchDog.Tests.KeepWarm;

public sealed class KeepWarmEstimatorTests
{
    // Monday 2 June 2031, 00:00 in Berlin (summer time); the four weeks from here hold no clock change.
    private static readonly DateTimeOffset s_monday = new(2031, 6, 2, 0, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Estimate_WeekdaysEightToEightOnRender_MatchesHandCount()
    {
        // Every 10 minutes, the checks inside 08:00–19:59 run from 08:00 + o to 19:50 + o (o: the target's
        // offset), and Render stays up 15 minutes after the last: 11 h 50 min + 15 min = 12 h 05 min a weekday.
        // Four weeks hold 20 weekdays: 241.667 h; an average month is 30.4375 / 28 of that: 262.7 h.
        var target = Target("render", TimeSpan.FromMinutes(10), "* 8-19 * * 1-5", "Europe/Berlin");

        var estimate = KeepWarmEstimator.Estimate(target, s_monday)!;

        Assert.Equal(262.7, estimate.HoursPerMonth);
        Assert.Equal(750, estimate.FreeHoursPerMonth);
        Assert.True(estimate.WithinAllowance);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("heroku-eco")]
    public void Estimate_PresetIntervalAroundTheClock_AwakeTheWholeMonth(string platform)
    {
        var preset = PlatformPresets.Find(platform)!;
        var target = Target(platform, preset.Interval, null, null);

        var estimate = KeepWarmEstimator.Estimate(target, s_monday)!;

        // 24 h × 30.4375 days, except the minutes before the first check of the four weeks.
        Assert.InRange(estimate.HoursPerMonth, 730.5 - (preset.Interval.TotalHours * 30.4375 / 28) - 0.05, 730.5);
        Assert.True(estimate.WithinAllowance);
    }

    [Fact]
    public void Estimate_IntervalLongerThanTheIdleLimit_AwakeOnlyAfterEachCheck()
    {
        // Every 20 minutes on Render: 15 of each 20 minutes awake, so 3/4 of 730.5 h = 547.9 h (the last check
        // of the four weeks may be cut short by up to 5 minutes).
        var target = Target("render", TimeSpan.FromMinutes(20), null, null);

        var estimate = KeepWarmEstimator.Estimate(target, s_monday)!;

        Assert.InRange(estimate.HoursPerMonth, 547.6, 547.9);
    }

    [Fact]
    public void Estimate_PlatformWithoutAllowance_HoursButNoVerdict()
    {
        var target = Target("railway", TimeSpan.FromMinutes(9), "* 9-16 * * *", "UTC");

        var estimate = KeepWarmEstimator.Estimate(target, s_monday)!;

        // A 9-minute grid does not line up with the hour: the first check of a day falls in 09:00–09:09 and the
        // last in 16:51–17:00, so a day is awake (last − first) + 10 min: between 7 h 52 min and 8 h 10 min.
        Assert.InRange(estimate.HoursPerMonth, (7 + (52 / 60.0)) * 30.4375, (8 + (10 / 60.0)) * 30.4375);
        Assert.Null(estimate.FreeHoursPerMonth);
        Assert.Null(estimate.WithinAllowance);
    }

    [Fact]
    public void Estimate_NoPlatform_Null()
    {
        Assert.Null(KeepWarmEstimator.Estimate(Target(null, TimeSpan.FromMinutes(5), null, null), s_monday));
    }

    private static Target Target(string? platform, TimeSpan interval, string? schedule, string? zone) => new()
    {
        Id = Guid.NewGuid(),
        Name = "t",
        Url = "https://t.test/",
        Interval = interval,
        Platform = platform,
        KeepWarmSchedule = schedule,
        KeepWarmTimeZone = zone,
    };
}

using WatchDog.Core.KeepWarm;

namespace WatchDog.Tests.KeepWarm;

public sealed class KeepWarmWindowTests
{
    private const string WeekdaysEightToEight = "* 8-19 * * 1-5";

    [Theory]
    [InlineData("2031-03-28T07:00:00Z", true)]   // Friday, winter time (UTC+1): 08:00 in Berlin
    [InlineData("2031-03-28T06:59:59Z", false)]
    [InlineData("2031-03-28T18:59:30Z", true)]
    [InlineData("2031-03-28T19:00:00Z", false)]
    [InlineData("2031-03-29T10:00:00Z", false)]  // Saturday
    [InlineData("2031-03-31T06:00:00Z", true)]   // Monday after the switch to summer time (UTC+2)
    [InlineData("2031-03-31T05:59:00Z", false)]
    [InlineData("2031-03-31T17:59:00Z", true)]
    [InlineData("2031-03-31T18:00:00Z", false)]
    [InlineData("2031-10-27T07:00:00Z", true)]   // Monday after the switch back to winter time
    [InlineData("2031-10-27T06:30:00Z", false)]
    public void Contains_WeekdaysInBerlin_FollowsDaylightSavingTime(string utc, bool expected)
    {
        Assert.True(KeepWarmWindow.TryCreate(WeekdaysEightToEight, "Europe/Berlin", out var window, out var errors));
        Assert.Empty(errors);

        Assert.Equal(expected, window!.Contains(DateTimeOffset.Parse(utc, null, System.Globalization.DateTimeStyles.AssumeUniversal)));
    }

    [Fact]
    public void TryCreate_NoTimeZone_ReadsTheScheduleInUtc()
    {
        Assert.True(KeepWarmWindow.TryCreate("* 8 * * *", null, out var window, out _));

        Assert.True(window!.Contains(new DateTimeOffset(2031, 1, 1, 8, 30, 0, TimeSpan.Zero)));
        Assert.False(window.Contains(new DateTimeOffset(2031, 1, 1, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void TryCreate_NoSchedule_NoWindowAndNoErrors()
    {
        Assert.True(KeepWarmWindow.TryCreate(null, "Europe/Berlin", out var window, out var errors));

        Assert.Null(window);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("not cron")]
    [InlineData("* * * *")]
    [InlineData("0 * * * * *")]
    [InlineData("* 25 * * *")]
    [InlineData("0 0 30 2 *")]
    public void TryCreate_BadSchedule_ErrorNamesTheScheduleField(string schedule)
    {
        Assert.False(KeepWarmWindow.TryCreate(schedule, "Europe/Berlin", out var window, out var errors));

        Assert.Null(window);
        Assert.Contains(schedule, Assert.Contains(KeepWarmWindow.ScheduleField, errors));
    }

    [Fact]
    public void TryCreate_UnknownTimeZone_ErrorNamesTheTimeZoneField()
    {
        Assert.False(KeepWarmWindow.TryCreate(WeekdaysEightToEight, "Mars/Olympus_Mons", out _, out var errors));

        Assert.Equal([KeepWarmWindow.TimeZoneField], errors.Keys);
    }

    [Fact]
    public void Validate_EveryBadField_EachNamed()
    {
        var errors = KeepWarmValidation.Validate("vercel", "* * *", "Nowhere/Nothing");

        Assert.Equal(
            ["keepWarmSchedule", "keepWarmTimeZone", "platform"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_GoodFields_NoErrors()
    {
        Assert.Empty(KeepWarmValidation.Validate("Render", WeekdaysEightToEight, "Europe/Berlin"));
        Assert.Empty(KeepWarmValidation.Validate(null, null, null));
    }
}

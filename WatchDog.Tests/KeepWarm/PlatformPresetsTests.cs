using WatchDog.Core.KeepWarm;

namespace WatchDog.Tests.KeepWarm;

public sealed class PlatformPresetsTests
{
    [Theory]
    [InlineData("render", 14, 15, 750.0)]
    [InlineData("heroku-eco", 25, 30, 1000.0)]
    [InlineData("railway", 9, 10, null)]
    [InlineData("fly", 4, 5, null)]
    public void Find_EachPlatform_IntervalJustInsideItsIdleLimit(string id, int intervalMinutes, int idleMinutes, double? freeHours)
    {
        var preset = PlatformPresets.Find(id)!;

        Assert.Equal(TimeSpan.FromMinutes(intervalMinutes), preset.Interval);
        Assert.Equal(TimeSpan.FromMinutes(idleMinutes), preset.IdleLimit);
        Assert.True(preset.Interval < preset.IdleLimit);
        Assert.Equal(freeHours, preset.FreeHoursPerMonth);
        Assert.False(string.IsNullOrWhiteSpace(preset.Reason));
    }

    [Fact]
    public void Find_OtherCaseOrUnknown_MatchesIgnoringCaseOrNull()
    {
        Assert.Same(PlatformPresets.HerokuEco, PlatformPresets.Find(" Heroku-Eco "));
        Assert.Null(PlatformPresets.Find("vercel"));
        Assert.Null(PlatformPresets.Find(null));
    }

    [Fact]
    public void Railway_Reason_SaysThatAPingIsInbound()
    {
        Assert.Contains("outbound", PlatformPresets.Railway.Reason, StringComparison.Ordinal);
        Assert.Contains("inbound", PlatformPresets.Railway.Reason, StringComparison.Ordinal);
    }
}

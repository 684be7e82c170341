using WatchDog.Core.Checks;

namespace WatchDog.Tests.Checks;

public sealed class ColdStartDetectorTests
{
    private static readonly DateTimeOffset s_now = new(2031, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(200, 2201, true)]    // median + 2 s is the larger bar: 2200 ms
    [InlineData(200, 2200, false)]
    [InlineData(2000, 6001, true)]   // 3 × median is the larger bar: 6000 ms
    [InlineData(2000, 6000, false)]
    public void IsSlowWake_AfterIdleness_ComparesWithTheLargerBar(int warmMs, int durationMs, bool expected)
    {
        var result = Good(durationMs);

        Assert.Equal(expected, ColdStartDetector.IsSlowWake(result, warmMs, s_now.AddMinutes(-10), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void IsSlowWake_ShortGapAndShortInterval_NotCold()
    {
        Assert.False(ColdStartDetector.IsSlowWake(Good(9000), 200, s_now.AddMinutes(-9), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void IsSlowWake_IntervalOfTenMinutes_IdleEvenAfterAShortGap()
    {
        Assert.True(ColdStartDetector.IsSlowWake(Good(9000), 200, s_now.AddMinutes(-1), TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void IsSlowWake_NoWarmEstimateOrNoPreviousCheck_NotCold()
    {
        Assert.False(ColdStartDetector.IsSlowWake(Good(30_000), null, s_now.AddHours(-1), TimeSpan.FromMinutes(1)));
        Assert.False(ColdStartDetector.IsSlowWake(Good(30_000), 200, null, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void IsSlowWake_FailedCheck_NotCold()
    {
        var failed = Good(30_000);
        failed.Outcome = CheckOutcome.Down;

        Assert.False(ColdStartDetector.IsSlowWake(failed, 200, s_now.AddHours(-1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void IsSlowWake_DegradedSlowAnswer_Cold()
    {
        var degraded = Good(30_000);
        degraded.Outcome = CheckOutcome.Degraded;

        Assert.True(ColdStartDetector.IsSlowWake(degraded, 200, s_now.AddHours(-1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void WarmResponseTime_ColdFirstAnswer_ForgottenWithinAFewChecks()
    {
        var estimate = WarmResponseTime.Next(null, 30_000);
        for (var i = 0; i < 10; i++)
        {
            estimate = WarmResponseTime.Next(estimate, 200);
        }

        Assert.InRange(estimate, 200, 240);
    }

    [Fact]
    public void WarmResponseTime_OneSlowOutlier_RaisesByAnEighthAtMost()
    {
        Assert.Equal(225, WarmResponseTime.Next(200, 30_000));
        Assert.Equal(201, WarmResponseTime.Next(200, 208));
        Assert.Equal(150, WarmResponseTime.Next(200, 100));
    }

    [Fact]
    public void WarmResponseTime_SteadyNoise_SettlesNearButBelowTheMedian()
    {
        var estimate = (int?)null;
        for (var i = 0; i < 2000; i++)
        {
            estimate = WarmResponseTime.Next(estimate, 100 + (i * 37 % 201));
        }

        Assert.InRange(estimate!.Value, 150, 200);
    }

    private static CheckResult Good(int durationMs) => new()
    {
        StartedAt = s_now,
        DueAt = s_now,
        DurationMs = durationMs,
        Outcome = CheckOutcome.Up,
        StatusCode = 200,
        Attempts = 1,
    };
}

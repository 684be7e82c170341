namespace WatchDog.Core.Checks;

/// <summary>
/// The second kind of cold start (the first, a failure that a retry turned good, the checker marks itself):
/// a good answer after idleness that is far slower than the target's warm response time. Slower means more
/// than <see cref="SlowFactor"/> × the warm estimate and at least <see cref="SlowMarginMs"/> above it, so a
/// fast app that takes 30 ms instead of 10 ms is not called cold. Idle means no check for at least
/// <see cref="IdleAfter"/> before this one, or an interval that long: platforms put apps to sleep after
/// 10–30 minutes without traffic, so a slow answer after a short gap is just a slow answer.
/// </summary>
public static class ColdStartDetector
{
    public const double SlowFactor = 3;

    public const int SlowMarginMs = 2000;

    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// True when <paramref name="result"/> is a slow first answer after idleness. <paramref name="warmMs"/> is the
    /// warm estimate before this check and <paramref name="previousCheckAt"/> the start of the previous check;
    /// without either nothing can be compared, so the answer is false.
    /// </summary>
    public static bool IsSlowWake(CheckResult result, int? warmMs, DateTimeOffset? previousCheckAt, TimeSpan interval)
    {
        if (result.ColdStart || !CheckOutcomes.IsGood(result.Outcome) || warmMs is not { } warm || previousCheckAt is not { } previous)
        {
            return false;
        }

        var idle = interval >= IdleAfter || result.StartedAt - previous >= IdleAfter;
        return idle && result.DurationMs > Math.Max(SlowFactor * warm, warm + SlowMarginMs);
    }
}

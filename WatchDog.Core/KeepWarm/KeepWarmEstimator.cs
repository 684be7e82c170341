using WatchDog.Core.Scheduling;
using WatchDog.Core.Targets;

namespace WatchDog.Core.KeepWarm;

/// <summary>
/// Estimates how many hours a month a target's checks keep its app awake: each kept check wakes it (or keeps it
/// awake) until the platform's idle limit runs out, so awake time is the union of
/// <c>[check, check + idle limit]</c> over the checks inside the keep-warm window. Visitors' own traffic is not
/// counted; the estimate is what WatchDog alone causes.
/// </summary>
/// <remarks>
/// The checks of four weeks from a given start are walked one by one (exact slots, the target's own grid, DST
/// as it falls in those weeks) and the sum is scaled to an average month of 365.25 / 12 days. Four whole weeks
/// hold every weekday equally often, so a weekday-only window is not skewed by where the month starts.
/// </remarks>
public static class KeepWarmEstimator
{
    public const double DaysPerMonth = 365.25 / 12;

    private static readonly TimeSpan s_sample = TimeSpan.FromDays(28);

    /// <summary>The estimate for a stored target, or null when it has no platform preset (no known idle limit).</summary>
    public static KeepWarmEstimate? Estimate(Target target, DateTimeOffset from)
    {
        if (PlatformPresets.Find(target.Platform) is not { } preset)
        {
            return null;
        }

        var window = KeepWarmWindow.FromStored(target.KeepWarmSchedule, target.KeepWarmTimeZone);
        var hours = AwakeHoursPerMonth(target.Id, target.Interval, window, preset.IdleLimit, from);
        return new KeepWarmEstimate(hours, preset.FreeHoursPerMonth, preset);
    }

    /// <summary>Awake hours in an average month, rounded to a tenth of an hour.</summary>
    public static double AwakeHoursPerMonth(
        Guid targetId,
        TimeSpan interval,
        KeepWarmWindow? window,
        TimeSpan idleLimit,
        DateTimeOffset from)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromSeconds(1));
        var end = from + s_sample;
        var awake = TimeSpan.Zero;
        var awakeUntil = from;
        var minute = long.MinValue;
        var inside = false;
        for (var check = SlotCalculator.NextAtOrAfter(targetId, interval, from); check < end; check += interval)
        {
            // Several checks a minute share one window lookup.
            var checkMinute = check.UtcTicks / TimeSpan.TicksPerMinute;
            if (checkMinute != minute)
            {
                minute = checkMinute;
                inside = window?.Contains(check) ?? true;
            }

            if (!inside)
            {
                continue;
            }

            var start = check > awakeUntil ? check : awakeUntil;
            var stop = check + idleLimit < end ? check + idleLimit : end;
            if (stop > start)
            {
                awake += stop - start;
            }

            awakeUntil = stop > awakeUntil ? stop : awakeUntil;
        }

        return Math.Round(awake.TotalHours * DaysPerMonth / s_sample.TotalDays, 1);
    }
}

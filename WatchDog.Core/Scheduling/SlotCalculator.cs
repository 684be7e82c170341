using System.IO.Hashing;

namespace WatchDog.Core.Scheduling;

/// <summary>
/// Where a target's checks fall in time. Slots are absolute: <c>anchor + k × interval</c>, with the
/// anchor offset a stable hash of the target id modulo the interval, counted from the Unix epoch. Any
/// worker computes the same slots for a target, before and after a restart or a fail-over, and targets
/// spread evenly across their interval however many are added at once.
/// </summary>
/// <remarks>
/// A target never checked yet (pending) is checked on a finer grid first: period
/// <c>min(interval, 30 s)</c>, offset by the same hash, so a new target gets its first check within
/// 30 seconds (sooner for shorter intervals) and a thousand new targets still do not fire together.
/// All slots are whole milliseconds, so they survive a round trip through either database unchanged.
/// </remarks>
internal static class SlotCalculator
{
    /// <summary>The longest a new target waits for its first check.</summary>
    public static readonly TimeSpan PendingWindow = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan s_shortestPeriod = TimeSpan.FromSeconds(1);

    /// <summary>The target's offset within a period of <paramref name="period"/>: stable, in whole milliseconds.</summary>
    public static TimeSpan Offset(Guid targetId, TimeSpan period)
    {
        Span<byte> bytes = stackalloc byte[16];
        targetId.TryWriteBytes(bytes);
        var hash = XxHash64.HashToUInt64(bytes);
        var periodMs = (ulong)(Period(period).Ticks / TimeSpan.TicksPerMillisecond);
        return TimeSpan.FromTicks((long)(hash % periodMs) * TimeSpan.TicksPerMillisecond);
    }

    /// <summary>The first slot of the target's grid at or after <paramref name="time"/>.</summary>
    public static DateTimeOffset NextAtOrAfter(Guid targetId, TimeSpan interval, DateTimeOffset time)
    {
        var period = Period(interval);
        var anchor = DateTimeOffset.UnixEpoch + Offset(targetId, period);
        var sinceAnchor = (time - anchor).Ticks;
        var k = sinceAnchor <= 0 ? 0 : (sinceAnchor + period.Ticks - 1) / period.Ticks;
        return anchor + TimeSpan.FromTicks(k * period.Ticks);
    }

    /// <summary>The first slot of the target's grid strictly after <paramref name="time"/>.</summary>
    public static DateTimeOffset NextAfter(Guid targetId, TimeSpan interval, DateTimeOffset time) =>
        NextAtOrAfter(targetId, interval, time + TimeSpan.FromTicks(1));

    /// <summary>When a target that was never checked gets its first check, seen at <paramref name="now"/>.</summary>
    public static DateTimeOffset FirstCheck(Guid targetId, TimeSpan interval, DateTimeOffset now) =>
        NextAtOrAfter(targetId, Period(interval) < PendingWindow ? Period(interval) : PendingWindow, now);

    // Intervals are whole seconds in the database; anything shorter is a mistake that must not spin.
    private static TimeSpan Period(TimeSpan interval) => interval < s_shortestPeriod
        ? s_shortestPeriod
        : TimeSpan.FromTicks(interval.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);
}

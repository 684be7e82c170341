using WatchDog.Core.Conditions;

namespace WatchDog.Core.Scheduling;

/// <summary>A target the scheduler knows, with the slot it is next due at.</summary>
internal sealed class ScheduledTarget(Guid id, string url, TimeSpan interval, DateTimeOffset updatedAt)
{
    public Guid Id { get; } = id;

    public string Url { get; set; } = url;

    public TimeSpan Interval { get; set; } = interval;

    public DateTimeOffset UpdatedAt { get; set; } = updatedAt;

    /// <summary>The target's request and conditions as last read, handed to the checker with each slot.</summary>
    public TargetCheckSettings? CheckSettings { get; set; }

    /// <summary>The slot this target is queued for; queue entries with another due time are stale.</summary>
    public DateTimeOffset NextDue { get; set; }
}

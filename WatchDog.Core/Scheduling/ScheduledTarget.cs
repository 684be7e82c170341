using WatchDog.Core.Conditions;
using WatchDog.Core.KeepWarm;

namespace WatchDog.Core.Scheduling;

/// <summary>A target the scheduler knows, with the slot it is next due at.</summary>
internal sealed class ScheduledTarget(Guid id, string url, TimeSpan interval, DateTimeOffset updatedAt)
{
    public Guid Id { get; } = id;

    public string Url { get; set; } = url;

    public TimeSpan Interval { get; set; } = interval;

    public DateTimeOffset UpdatedAt { get; set; } = updatedAt;

    public string? KeepWarmSchedule { get; private set; }

    public string? KeepWarmTimeZone { get; private set; }

    /// <summary>Null: checked around the clock.</summary>
    public KeepWarmWindow? Window { get; private set; }

    /// <summary>False when the slot falls outside the keep-warm window: no check, no result, no downtime.</summary>
    public bool IsInWindow(DateTimeOffset due) => Window?.Contains(due) ?? true;

    /// <summary>True when the snapshot's window differs from the one in use.</summary>
    public bool WindowDiffers(TargetSnapshot snapshot) =>
        KeepWarmSchedule != snapshot.KeepWarmSchedule || KeepWarmTimeZone != snapshot.KeepWarmTimeZone;

    /// <summary>
    /// Takes the snapshot's window. A stored schedule that does not read (saved past validation) checks
    /// around the clock: better a ping too many than a target silently never checked.
    /// </summary>
    public void SetWindow(TargetSnapshot snapshot)
    {
        KeepWarmSchedule = snapshot.KeepWarmSchedule;
        KeepWarmTimeZone = snapshot.KeepWarmTimeZone;
        Window = KeepWarmWindow.FromStored(snapshot.KeepWarmSchedule, snapshot.KeepWarmTimeZone);
    }

    /// <summary>The target's request and conditions as last read, handed to the checker with each slot.</summary>
    public TargetCheckSettings? CheckSettings { get; set; }

    /// <summary>The slot this target is queued for; queue entries with another due time are stale.</summary>
    public DateTimeOffset NextDue { get; set; }
}

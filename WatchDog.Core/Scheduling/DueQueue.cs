namespace WatchDog.Core.Scheduling;

/// <summary>
/// The scheduler's view of time: every known target with its next slot, in a priority queue ordered
/// by due time. Not thread-safe; one scheduler loop owns it. Entries are never removed from the heap:
/// an entry whose target is gone or was rescheduled is stale and dropped when it reaches the top.
/// </summary>
internal sealed class DueQueue
{
    private readonly Dictionary<Guid, ScheduledTarget> _targets = [];
    private readonly PriorityQueue<ScheduledTarget, DateTimeOffset> _queue = new();

    public int Count => _targets.Count;

    /// <summary>The earliest queued due time (possibly of a stale entry, which only wakes the loop early).</summary>
    public DateTimeOffset? NextDueAt => _queue.TryPeek(out _, out var due) ? due : null;

    public bool Contains(Guid targetId) => _targets.ContainsKey(targetId);

    public ScheduledTarget? Find(Guid targetId) => _targets.GetValueOrDefault(targetId);

    /// <summary>
    /// Makes the queue match the active targets: new ones are scheduled, edited ones updated, and
    /// those missing (paused or deleted) forgotten.
    /// </summary>
    public DueQueueChanges Apply(IReadOnlyCollection<TargetSnapshot> activeTargets, DateTimeOffset now)
    {
        var added = 0;
        var edited = 0;
        var seen = new HashSet<Guid>();
        foreach (var snapshot in activeTargets)
        {
            seen.Add(snapshot.Id);
            if (!_targets.TryGetValue(snapshot.Id, out var target))
            {
                target = new ScheduledTarget(snapshot.Id, snapshot.Url, snapshot.Interval, snapshot.UpdatedAt);
                target.SetWindow(snapshot);
                target.CheckSettings = snapshot.CheckSettings;
                _targets.Add(target.Id, target);
                Schedule(target, FirstDue(snapshot, now));
                added++;
                continue;
            }

            // Always the latest read, so an edit of the settings alone reaches the next check.
            target.CheckSettings = snapshot.CheckSettings;

            if (target.UpdatedAt == snapshot.UpdatedAt && target.Url == snapshot.Url && target.Interval == snapshot.Interval
                && !target.WindowDiffers(snapshot))
            {
                continue;
            }

            edited++;
            target.UpdatedAt = snapshot.UpdatedAt;
            target.Url = snapshot.Url;
            if (target.WindowDiffers(snapshot))
            {
                target.SetWindow(snapshot);
            }

            if (target.Interval != snapshot.Interval)
            {
                // A new interval is a new grid: move to its first slot from now on.
                target.Interval = snapshot.Interval;
                Schedule(target, FirstDue(snapshot, now));
            }
        }

        var removed = _targets.Keys.Where(id => !seen.Contains(id)).ToList();
        foreach (var id in removed)
        {
            _targets.Remove(id);
        }

        return new DueQueueChanges(added, edited, removed.Count);
    }

    /// <summary>
    /// Takes the earliest target due at or before <paramref name="now"/> and queues its next slot:
    /// the next one on its grid, or, when the loop fell more than an interval behind (an outage, a
    /// long pause), the first one from now on, so missed slots are skipped rather than fired in a burst.
    /// </summary>
    public bool TryTakeDue(DateTimeOffset now, out ScheduledTarget target, out DateTimeOffset due)
    {
        while (_queue.TryPeek(out target!, out due) && due <= now)
        {
            _queue.Dequeue();
            if (!IsCurrent(target, due))
            {
                continue;
            }

            var next = SlotCalculator.NextAfter(target.Id, target.Interval, due);
            if (next < now)
            {
                next = SlotCalculator.NextAtOrAfter(target.Id, target.Interval, now);
            }

            Schedule(target, next);
            return true;
        }

        target = null!;
        due = default;
        return false;
    }

    private bool IsCurrent(ScheduledTarget target, DateTimeOffset due) =>
        _targets.TryGetValue(target.Id, out var current) && ReferenceEquals(current, target) && target.NextDue == due;

    private void Schedule(ScheduledTarget target, DateTimeOffset due)
    {
        // The same due time is already queued for this target; a second entry would fire it twice.
        if (target.NextDue == due)
        {
            return;
        }

        target.NextDue = due;
        _queue.Enqueue(target, due);
    }

    private static DateTimeOffset FirstDue(TargetSnapshot snapshot, DateTimeOffset now) =>
        snapshot.LastCheckedAt is null
            ? SlotCalculator.FirstCheck(snapshot.Id, snapshot.Interval, now)
            : SlotCalculator.NextAtOrAfter(snapshot.Id, snapshot.Interval, now);
}

using WatchDog.Core.Scheduling;

namespace WatchDog.Tests.Scheduling;

public sealed class DueQueueTests
{
    private static readonly DateTimeOffset s_start = new(2031, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(60);

    [Fact]
    public void TryTakeDue_TenThousandIntervals_NeverDrifts()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);
        var first = queue.NextDueAt!.Value;

        var previous = first - s_interval;
        for (var k = 0; k < 10_000; k++)
        {
            // Each check is taken a little late, as a real loop would; the grid must not move.
            var due = queue.NextDueAt!.Value;
            Assert.True(queue.TryTakeDue(due + TimeSpan.FromMilliseconds(k % 900), out _, out var taken));
            Assert.Equal(due, taken);
            Assert.Equal(s_interval, taken - previous);
            previous = taken;
        }

        Assert.Equal(first + (10_000 * s_interval), queue.NextDueAt);
    }

    [Fact]
    public void TryTakeDue_AfterAnOutage_TakesOneSlotThenResumesOnTheGrid()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);
        var missed = queue.NextDueAt!.Value;
        var backAt = missed + TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1);

        var taken = TakeAll(queue, backAt);

        Assert.Equal([missed], taken);
        var next = queue.NextDueAt!.Value;
        Assert.True(next >= backAt && next - backAt < s_interval);
        Assert.Equal(SlotCalculator.NextAtOrAfter(target.Id, s_interval, backAt), next);
    }

    [Fact]
    public void Apply_PendingTarget_FirstCheckSoon()
    {
        var pending = new TargetSnapshot(Guid.NewGuid(), "https://a.test/", TimeSpan.FromMinutes(10), s_start, null);
        var queue = new DueQueue();

        queue.Apply([pending], s_start);

        Assert.InRange(queue.NextDueAt!.Value - s_start, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Apply_TargetMissing_IsPausedOrDeletedAndNeverTaken()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);

        var changes = queue.Apply([], s_start);

        Assert.Equal(1, changes.Removed);
        Assert.Empty(TakeAll(queue, s_start + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Apply_PausedThenResumed_ResumesAtTheNextSlotFromNowOnce()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);
        queue.Apply([], s_start + TimeSpan.FromSeconds(1));
        var resumedAt = s_start + TimeSpan.FromMinutes(30);

        queue.Apply([target with { UpdatedAt = resumedAt }], resumedAt);
        var taken = TakeAll(queue, resumedAt + s_interval - TimeSpan.FromMilliseconds(1));

        Assert.Single(taken);
        Assert.Equal(SlotCalculator.NextAtOrAfter(target.Id, s_interval, resumedAt), taken[0]);
    }

    [Fact]
    public void Apply_IntervalEdited_MovesToTheNewGrid()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);
        var longer = TimeSpan.FromMinutes(10);

        var changes = queue.Apply([target with { Interval = longer, UpdatedAt = s_start.AddSeconds(1) }], s_start);
        var taken = TakeAll(queue, s_start + longer);

        Assert.Equal(1, changes.Edited);
        Assert.Equal([SlotCalculator.NextAtOrAfter(target.Id, longer, s_start)], taken);
    }

    [Fact]
    public void Apply_UrlEdited_KeepsTheSlotWithTheNewUrl()
    {
        var target = Checked(Guid.NewGuid());
        var queue = new DueQueue();
        queue.Apply([target], s_start);
        var slot = queue.NextDueAt!.Value;

        queue.Apply([target with { Url = "https://b.test/", UpdatedAt = s_start.AddSeconds(1) }], s_start);

        Assert.True(queue.TryTakeDue(slot, out var taken, out var due));
        Assert.Equal(slot, due);
        Assert.Equal("https://b.test/", taken.Url);
        Assert.False(queue.TryTakeDue(slot, out _, out _));
    }

    [Fact]
    public void Apply_Unchanged_LeavesOneEntryPerTarget()
    {
        var targets = SlotCalculatorTests.DeterministicIds(100).Select(Checked).ToList();
        var queue = new DueQueue();
        queue.Apply(targets, s_start);

        queue.Apply(targets, s_start + TimeSpan.FromSeconds(5));
        var taken = TakeAll(queue, s_start + s_interval - TimeSpan.FromMilliseconds(1));

        Assert.Equal(100, taken.Count);
    }

    private static TargetSnapshot Checked(Guid id) =>
        new(id, "https://a.test/", s_interval, s_start, s_start.AddMinutes(-1));

    private static List<DateTimeOffset> TakeAll(DueQueue queue, DateTimeOffset now)
    {
        var taken = new List<DateTimeOffset>();
        while (queue.TryTakeDue(now, out _, out var due))
        {
            taken.Add(due);
        }

        return taken;
    }
}

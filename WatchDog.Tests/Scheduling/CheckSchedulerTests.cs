using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Scheduling;

namespace WatchDog.Tests.Scheduling;

public sealed class CheckSchedulerTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_OneTargetHangs_OthersStillCheckedOnTime()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var hanging = await harness.AddTargetAsync(s_interval);
        var healthy = await harness.AddTargetAsync(s_interval);
        harness.Checker.Hang(hanging);
        await harness.RefreshAsync();
        var from = harness.Time.GetUtcNow();

        await harness.AdvanceAsync(TimeSpan.FromSeconds(60));
        var expected = Slots(healthy, from, harness.Time.GetUtcNow());
        await Eventually.TrueAsync(
            () => harness.Checker.Calls.Count(c => c.TargetId == healthy) == expected.Count,
            "the healthy target was checked at each of its slots");

        var healthyCalls = harness.Checker.Calls.Where(c => c.TargetId == healthy).ToList();
        Assert.Equal(expected, healthyCalls.Select(c => c.DueAt));
        Assert.All(healthyCalls, c => Assert.InRange(c.StartedAt - c.DueAt, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.Single(harness.Checker.Calls, c => c.TargetId == hanging);
    }

    [Fact]
    public async Task RunAsync_MoreDueThanAllowed_RunsAtMostMaxConcurrentChecks()
    {
        await using var harness = await SchedulerHarness.StartAsync(maxConcurrentChecks: 2);
        var targets = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await harness.AddTargetAsync(s_interval);
            harness.Checker.Hang(id);
            targets.Add(id);
        }

        await harness.RefreshAsync();
        await harness.AdvanceAsync(s_interval);
        await Eventually.TrueAsync(() => harness.Checker.Running == 2, "two checks are running");
        await Task.Delay(300);

        Assert.Equal(2, harness.Checker.Calls.Count);
        foreach (var id in targets)
        {
            harness.Checker.Release(id);
        }

        await Eventually.TrueAsync(
            () => harness.Checker.Calls.Select(c => c.TargetId).Distinct().Count() == 5,
            "every target got its check");
        Assert.Equal(2, harness.Checker.MaxRunning);
    }

    [Fact]
    public async Task RunAsync_TargetPausedEditedOrDeleted_FollowsTheDatabase()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var paused = await harness.AddTargetAsync(s_interval);
        var edited = await harness.AddTargetAsync(s_interval);
        var deleted = await harness.AddTargetAsync(s_interval);
        await harness.RefreshAsync();
        await harness.AdvanceAsync(s_interval);
        await Eventually.TrueAsync(() => harness.Checker.Calls.Count == 3, "each target was checked once");

        await using (var db = harness.CreateDbContext())
        {
            var now = harness.Time.GetUtcNow();
            await db.Targets.Where(t => t.Id == paused)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.IsActive, false).SetProperty(t => t.UpdatedAt, now));
            await db.Targets.Where(t => t.Id == edited)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Url, "https://edited.test/").SetProperty(t => t.UpdatedAt, now));
            await db.Targets.Where(t => t.Id == deleted).ExecuteDeleteAsync();
        }

        await harness.RefreshAsync();
        var changedAt = harness.Time.GetUtcNow();
        await harness.AdvanceAsync(s_interval * 3);
        await Eventually.TrueAsync(
            () => harness.Checker.Calls.Count(c => c.TargetId == edited && c.DueAt >= changedAt) == 3,
            "the edited target was checked three more times");

        Assert.All(harness.Checker.Calls.Where(c => c.DueAt >= changedAt), c => Assert.Equal(edited, c.TargetId));
        Assert.All(harness.Checker.Calls.Where(c => c.DueAt >= changedAt), c => Assert.Equal("https://edited.test/", c.Url));
        Assert.Equal(1, harness.Scheduler.ScheduledCount);
    }

    [Fact]
    public async Task RunAsync_LeaseLost_StopsDispatchingAtOnce()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var target = await harness.AddTargetAsync(s_interval);
        await harness.RefreshAsync();
        await harness.AdvanceAsync(s_interval);
        await Eventually.TrueAsync(() => harness.Checker.Calls.Count == 1, "the target was checked");

        await harness.LoseLeaseAsync();
        await Eventually.TrueAsync(() => harness.Scheduler.ScheduledCount == 0, "the loop stopped");
        await harness.AdvanceAsync(s_interval * 5);
        await Task.Delay(200);

        Assert.Single(harness.Checker.Calls, c => c.TargetId == target);
    }

    private static List<DateTimeOffset> Slots(Guid id, DateTimeOffset from, DateTimeOffset to)
    {
        var slots = new List<DateTimeOffset>();
        for (var slot = SlotCalculator.NextAtOrAfter(id, s_interval, from); slot <= to; slot += s_interval)
        {
            slots.Add(slot);
        }

        return slots;
    }
}

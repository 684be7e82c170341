using Microsoft.EntityFrameworkCore;

namespace WatchDog.Tests.Scheduling;

public sealed class KeepWarmSchedulingTests
{
    [Fact]
    public async Task RunAsync_SlotsOutsideTheWindow_NotChecked()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var target = await harness.AddTargetAsync(TimeSpan.FromMinutes(5));

        // The harness starts at 08:00 UTC on 1 May 2031 = 10:00 in Berlin (summer time): kept 10:00–10:29.
        await SetWindowAsync(harness, target, "0-29 10 * * *", "Europe/Berlin");
        await harness.AdvanceAsync(TimeSpan.FromHours(1), TimeSpan.FromSeconds(5));

        var start = SchedulerHarness.Start;
        var dues = Dues(harness, target);
        Assert.Equal(6, dues.Count);
        Assert.All(dues, due => Assert.InRange(due, start, start.AddMinutes(30).AddTicks(-1)));
    }

    [Fact]
    public async Task RunAsync_WindowAfterTheSwitchToWinterTime_OpensAnHourLaterInUtc()
    {
        await using var harness = await SchedulerHarness.StartAsync();

        // Monday 27 October 2031, the day after Berlin went back to UTC+1: 07:00–07:59 there is 06:00–06:59 UTC.
        // With the summer offset the window would have opened at 05:00 UTC.
        var monday = new DateTimeOffset(2031, 10, 27, 4, 50, 0, TimeSpan.Zero);
        harness.Time.SetUtcNow(monday);
        var target = await harness.AddTargetAsync(TimeSpan.FromMinutes(5));
        await SetWindowAsync(harness, target, "* 7 * * 1-5", "Europe/Berlin");
        await harness.AdvanceAsync(TimeSpan.FromMinutes(140), TimeSpan.FromSeconds(10));

        var dues = Dues(harness, target);
        Assert.Equal(12, dues.Count);
        Assert.All(dues, due => Assert.InRange(due, monday.AddMinutes(70), monday.AddMinutes(130).AddTicks(-1)));
    }

    [Fact]
    public async Task RunAsync_WindowRemoved_CheckedAgainAfterTheRefresh()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var target = await harness.AddTargetAsync(TimeSpan.FromMinutes(1));
        await SetWindowAsync(harness, target, "* 3 * * *", "UTC");
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5));
        Assert.Empty(Dues(harness, target));

        await SetWindowAsync(harness, target, null, null);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5));

        Assert.InRange(Dues(harness, target).Count, 4, 5);
    }

    private static List<DateTimeOffset> Dues(SchedulerHarness harness, Guid target) =>
        [.. harness.Checker.Calls.Where(c => c.TargetId == target).Select(c => c.DueAt)];

    private static async Task SetWindowAsync(SchedulerHarness harness, Guid target, string? schedule, string? zone)
    {
        await using (var db = harness.CreateDbContext())
        {
            var now = harness.Time.GetUtcNow();
            await db.Targets.Where(t => t.Id == target).ExecuteUpdateAsync(set => set
                .SetProperty(t => t.KeepWarmSchedule, schedule)
                .SetProperty(t => t.KeepWarmTimeZone, zone)
                .SetProperty(t => t.UpdatedAt, now));
        }

        await harness.RefreshAsync();
    }
}

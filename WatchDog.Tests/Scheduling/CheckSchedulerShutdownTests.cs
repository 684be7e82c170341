namespace WatchDog.Tests.Scheduling;

public sealed class CheckSchedulerShutdownTests
{
    private static readonly TimeSpan s_grace = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WaitForInFlightAsync_CheckEndsWithinGrace_ResultIsRecorded()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var target = await harness.AddTargetAsync(TimeSpan.FromSeconds(30));
        harness.Checker.Hang(target);
        await harness.RefreshAsync();
        await harness.AdvanceAsync(TimeSpan.FromSeconds(31));
        await Eventually.TrueAsync(() => harness.Checker.Running == 1, "the check started");

        await harness.StopAsync();
        var waiting = harness.Scheduler.WaitForInFlightAsync(s_grace);
        harness.Checker.Release(target);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, harness.Writer.Pending);
    }

    [Fact]
    public async Task WaitForInFlightAsync_CheckOutlastsGrace_IsCutShortAndNotRecorded()
    {
        await using var harness = await SchedulerHarness.StartAsync();
        var target = await harness.AddTargetAsync(TimeSpan.FromSeconds(30));
        harness.Checker.Hang(target);
        await harness.RefreshAsync();
        await harness.AdvanceAsync(TimeSpan.FromSeconds(31));
        await Eventually.TrueAsync(() => harness.Checker.Running == 1, "the check started");

        await harness.StopAsync();
        Assert.Equal(1, harness.Checker.Running);
        var waiting = harness.Scheduler.WaitForInFlightAsync(s_grace);
        await harness.AdvanceAsync(s_grace + TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, harness.Checker.Running);
        Assert.Equal(0, harness.Writer.Pending);
    }
}

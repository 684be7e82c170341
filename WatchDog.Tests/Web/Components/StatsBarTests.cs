using Bunit;
using WatchDog.Core.Targets;
using WatchDog.Web.Components.Targets;

namespace WatchDog.Tests.Web.Components;

public sealed class StatsBarTests : MudTestContext
{
    [Fact]
    public void Render_GivenStats_ShowsEachNumberInItsTile()
    {
        var cut = Render<StatsBar>(ps => ps.Add(p => p.Stats, new TargetStats(9, 7, 2, 4, 1, 2)));

        Assert.Equal("9", Value(cut, "total"));
        Assert.Equal("7", Value(cut, "active"));
        Assert.Equal("2", Value(cut, "paused"));
        Assert.Equal("4", Value(cut, "up"));
        Assert.Equal("1", Value(cut, "down"));
        Assert.Equal("2", Value(cut, "pending"));
    }

    [Fact]
    public async Task LiveStats_Published_ReplaceTheNumbers()
    {
        var cut = Render<StatsBar>(ps => ps.Add(p => p.Stats, new TargetStats(1, 1, 0, 0, 0, 1)));

        await Live.PublishStatsAsync(new TargetStats(1, 1, 0, 1, 0, 0));

        cut.WaitForAssertion(() => Assert.Equal("1", Value(cut, "up")), TimeSpan.FromSeconds(5));
        Assert.Equal("0", Value(cut, "pending"));
    }

    [Fact]
    public async Task ParentReRender_WithTheSameStats_KeepsTheLiveNumbers()
    {
        var given = new TargetStats(1, 1, 0, 0, 0, 1);
        var cut = Render<StatsBar>(ps => ps.Add(p => p.Stats, given));
        await Live.PublishStatsAsync(new TargetStats(1, 1, 0, 1, 0, 0));
        cut.WaitForAssertion(() => Assert.Equal("1", Value(cut, "up")), TimeSpan.FromSeconds(5));

        cut.Render(ps => ps.Add(p => p.Stats, given));

        Assert.Equal("1", Value(cut, "up"));
    }

    [Fact]
    public async Task Dispose_AfterwardsPublished_IsNotSubscribedAnyMore()
    {
        var cut = Render<StatsBar>(ps => ps.Add(p => p.Stats, TargetStats.Empty));

        cut.Instance.Dispose();
        await Live.PublishStatsAsync(new TargetStats(5, 5, 0, 5, 0, 0));

        Assert.False(Live.HasSubscribers);
    }

    private static string Value(IRenderedComponent<StatsBar> cut, string label) =>
        cut.Find($"[data-testid=stat-{label}] .stat-value").TextContent.Trim();
}

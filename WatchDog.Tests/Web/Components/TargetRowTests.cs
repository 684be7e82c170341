using Bunit;
using WatchDog.Core.Checks;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Web.Components.Targets;

namespace WatchDog.Tests.Web.Components;

public sealed class TargetRowTests : MudTestContext
{
    [Fact]
    public void Render_PendingTarget_ShowsItsFields()
    {
        var target = NewTarget();

        var cut = Render<TargetRow>(ps => ps.Add(p => p.Target, target));

        Assert.Equal(target.Id.ToString(), cut.Find("[data-testid=target-name]").GetAttribute("data-target-id"));
        Assert.Contains("Portfolio", cut.Markup);
        Assert.Contains("30 s", cut.Markup);
        Assert.Equal("pending", cut.Find("[data-testid=status-chip]").GetAttribute("data-status"));
        Assert.Equal("never", cut.Find("[data-testid=last-checked]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=pause-button]"));
    }

    [Fact]
    public void Render_PausedTarget_ShowsPausedAndAResumeButton()
    {
        var target = NewTarget();
        target.IsActive = false;
        target.Status = TargetStatus.Up;

        var cut = Render<TargetRow>(ps => ps.Add(p => p.Target, target));

        Assert.Equal("paused", cut.Find("[data-testid=status-chip]").GetAttribute("data-status"));
        Assert.NotNull(cut.Find("[data-testid=resume-button]"));
        Assert.Empty(cut.FindAll("[data-testid=pause-button]"));
    }

    [Fact]
    public async Task LiveCheck_ForThisTarget_ReRendersTheRowWithTheNewResult()
    {
        var target = NewTarget();
        var cut = Render<TargetRow>(ps => ps.Add(p => p.Target, target));

        await Live.PublishChecksAsync([Check(target.Id, 200, 123, TargetStatus.Up)]);

        cut.WaitForAssertion(
            () => Assert.Equal("up", cut.Find("[data-testid=status-chip]").GetAttribute("data-status")),
            TimeSpan.FromSeconds(5));
        Assert.Equal("123 ms", cut.Find("[data-testid=last-response]").TextContent.Trim());
        Assert.Equal("200", cut.Find("[data-testid=last-status-code]").TextContent.Trim());
    }

    [Fact]
    public async Task LiveCheck_ForAnotherTarget_LeavesTheRowAlone()
    {
        var target = NewTarget();
        var cut = Render<TargetRow>(ps => ps.Add(p => p.Target, target));
        var renders = cut.RenderCount;

        await Live.PublishChecksAsync([Check(Guid.NewGuid(), 500, 50, TargetStatus.Down)]);

        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal("pending", cut.Find("[data-testid=status-chip]").GetAttribute("data-status"));
    }

    private static Target NewTarget() => new()
    {
        Id = Guid.NewGuid(),
        Name = "Portfolio",
        Url = "https://portfolio.example.test/",
        Interval = TimeSpan.FromSeconds(30),
    };

    private static CheckRecorded Check(Guid targetId, int statusCode, int durationMs, TargetStatus status)
    {
        var now = DateTimeOffset.UtcNow;
        return new CheckRecorded(targetId, 1, now, now, durationMs, statusCode,
            status == TargetStatus.Up ? CheckOutcome.Up : CheckOutcome.Down, null, 1, false, status);
    }
}

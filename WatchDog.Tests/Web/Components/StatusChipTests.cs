using Bunit;
using MudBlazor;
using WatchDog.Core.Targets;
using WatchDog.Web.Components.Targets;

namespace WatchDog.Tests.Web.Components;

public sealed class StatusChipTests : MudTestContext
{
    [Theory]
    [InlineData(TargetStatus.Pending, "pending", Color.Info)]
    [InlineData(TargetStatus.Degraded, "degraded", Color.Warning)]
    [InlineData(TargetStatus.Up, "up", Color.Success)]
    [InlineData(TargetStatus.Down, "down", Color.Error)]
    [InlineData(TargetStatus.Paused, "paused", Color.Default)]
    public void Render_EachStatus_ShowsItsLabelAndColour(TargetStatus status, string label, Color color)
    {
        var cut = Render<StatusChip>(ps => ps.Add(p => p.Status, status));

        var chip = cut.Find("[data-testid=status-chip]");
        Assert.Equal(label, chip.GetAttribute("data-status"));
        Assert.Equal(label, chip.TextContent.Trim());
        Assert.Equal(color, StatusChip.ColorOf(status));
        Assert.Contains($"mud-chip-color-{color.ToString().ToLowerInvariant()}", chip.ClassName);
    }
}

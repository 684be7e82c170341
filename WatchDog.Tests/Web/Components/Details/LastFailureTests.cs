using Bunit;
using WatchDog.Core.Checks;
using WatchDog.Web.Components.Details;

namespace WatchDog.Tests.Web.Components.Details;

public sealed class LastFailureTests : MudTestContext
{
    private static readonly DateTimeOffset s_at = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_LatestCheckFailedACondition_SaysWhichAndWhatItSaw()
    {
        var checks = new[]
        {
            new CheckResult { StartedAt = s_at, Outcome = CheckOutcome.Down, FailedCondition = "status", Detail = "status 500 not in 200-399" },
            new CheckResult { StartedAt = s_at.AddMinutes(-1), Outcome = CheckOutcome.Up },
        };

        var cut = Render<LastFailure>(ps => ps.Add(p => p.Checks, checks));

        var alert = cut.Find("[data-testid=last-failure]");
        Assert.Equal("down", alert.GetAttribute("data-outcome"));
        Assert.Contains("Last check", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("condition 'status' failed: status 500 not in 200-399", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OlderFailureOnly_SaysLastFailedCheckWithTheError()
    {
        var checks = new[]
        {
            new CheckResult { StartedAt = s_at, Outcome = CheckOutcome.Up },
            new CheckResult { StartedAt = s_at.AddMinutes(-1), Outcome = CheckOutcome.Down, Error = "connection refused" },
        };

        var cut = Render<LastFailure>(ps => ps.Add(p => p.Checks, checks));

        var alert = cut.Find("[data-testid=last-failure]");
        Assert.Contains("Last failed check", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("connection refused", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllUp_ShowsNothing()
    {
        var cut = Render<LastFailure>(ps => ps.Add(p => p.Checks, [new CheckResult { Outcome = CheckOutcome.Up }]));

        Assert.Empty(cut.FindAll("[data-testid=last-failure]"));
    }
}

using Bunit;
using WatchDog.Core.Incidents;
using WatchDog.Web.Components.Details;

namespace WatchDog.Tests.Web.Components.Details;

public sealed class IncidentListTests : MudTestContext
{
    private static readonly DateTimeOffset s_now = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_ClosedAndOpenIncidents_ShowsDurationsAndErrors()
    {
        var incidents = new[]
        {
            new Incident { StartedAt = s_now.AddMinutes(-7), FirstError = "connection refused", FailedChecks = 3 },
            new Incident { StartedAt = s_now.AddDays(-1), EndedAt = s_now.AddDays(-1).AddSeconds(200), FirstError = "HTTP 503", FailedChecks = 2 },
            new Incident { StartedAt = s_now.AddDays(-3), EndedAt = s_now.AddDays(-3).AddHours(26), FailedChecks = 40 },
        };

        var cut = Render<IncidentList>(ps => ps.Add(p => p.Incidents, incidents).Add(p => p.Now, s_now));

        var rows = cut.FindAll("[data-testid=incident-row]");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["7 min so far", "3 min 20 s", "1 d 2 h"],
            cut.FindAll("[data-testid=incident-duration]").Select(d => d.TextContent.Trim()));
        Assert.Equal("true", rows[0].GetAttribute("data-open"));
        Assert.Contains("ongoing", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("connection refused", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoIncidents_SaysSo()
    {
        var cut = Render<IncidentList>(ps => ps.Add(p => p.Incidents, []).Add(p => p.Now, s_now));

        Assert.NotNull(cut.Find("[data-testid=no-incidents]"));
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min")]
    [InlineData(3599, "59 min 59 s")]
    [InlineData(3600, "1 h")]
    [InlineData(86_399, "23 h 59 min")]
    [InlineData(90_000, "1 d 1 h")]
    public void Format_Seconds_ReadsAsPeopleSayIt(int seconds, string expected) =>
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}

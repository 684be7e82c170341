using Bunit;
using WatchDog.Core.Conditions;
using WatchDog.Web.Components.Details;

namespace WatchDog.Tests.Web.Components.Details;

public sealed class ConditionsSummaryTests : MudTestContext
{
    [Fact]
    public void Render_DefaultSettings_DescribesTheDefaults()
    {
        var cut = Render<ConditionsSummary>(ps => ps.Add(p => p.Settings, new TargetCheckSettings()));

        Assert.Equal(
            [
                "GET request, following redirects.",
                "Up when the status is in 200-399.",
                "Degraded when a presented certificate expires within 14 days.",
            ],
            cut.FindAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Describe_EveryCondition_OneSentenceEach()
    {
        var settings = new TargetCheckSettings
        {
            Method = "POST",
            Headers = new() { ["X-Key"] = "v" },
            Authentication = AuthenticationKind.Bearer,
            FollowRedirects = false,
            IgnoreTlsErrors = true,
            Timeout = TimeSpan.FromSeconds(10),
            Retries = 1,
            AcceptedStatusCodes = "200-299, 418",
            Keyword = "maintenance",
            KeywordMode = KeywordMode.Absent,
            JsonPath = "$.queue",
            JsonOperator = JsonOperator.LessThan,
            JsonValue = "100",
            MaxResponseTime = TimeSpan.FromMilliseconds(1500),
            CertificateExpiryWarningDays = 0,
        };

        Assert.Equal(
            [
                "POST request, with bearer authentication, 1 header, not following redirects, ignoring TLS errors, timeout 10 s, 1 retry.",
                "Up when the status is in 200-299, 418.",
                "Down unless the body does not contain \"maintenance\" (ignoring case).",
                "Down unless $.queue < 100 in the JSON body.",
                "Degraded when slower than 1500 ms.",
                "Certificate expiry is not checked.",
            ],
            ConditionsText.Describe(settings));
    }
}

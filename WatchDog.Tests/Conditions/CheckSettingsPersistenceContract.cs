using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;

namespace WatchDog.Tests.Conditions;

/// <summary>How target settings and condition results are stored, run against each real database.</summary>
public abstract class CheckSettingsPersistenceContract : IAsyncLifetime
{
    private static readonly DateTimeOffset s_now = new(2031, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected abstract WatchDogDbContext CreateDbContext();

    [Fact]
    public async Task SaveTarget_EverySetting_ReadsBackTheSame()
    {
        var settings = new TargetCheckSettings
        {
            Method = "POST",
            Headers = { ["X-Trace"] = "abc", ["Accept"] = "application/json" },
            Body = """{"ping":"ünïcødé"}""",
            BodyContentType = "application/json",
            Authentication = AuthenticationKind.Bearer,
            BearerToken = "token-123",
            FollowRedirects = false,
            MaxRedirects = 2,
            IgnoreTlsErrors = true,
            Timeout = TimeSpan.FromSeconds(7.5),
            Retries = 1,
            AcceptedStatusCodes = "200-299, 418",
            Keyword = "OK",
            KeywordMode = KeywordMode.Absent,
            KeywordCaseSensitive = true,
            JsonPath = "$.checks[0].state",
            JsonOperator = JsonOperator.Contains,
            JsonValue = "ok",
            MaxResponseTime = TimeSpan.FromMilliseconds(1500),
            CertificateExpiryWarningDays = 30,
        };
        var id = await AddTargetAsync(settings);

        await using var db = CreateDbContext();
        var stored = await db.Targets.AsNoTracking().SingleAsync(t => t.Id == id).WaitAsync(s_timeout);

        Assert.Equal(TargetCheckSettingsJson.Serialize(settings), TargetCheckSettingsJson.Serialize(stored.CheckSettings));
        Assert.Equal(TimeSpan.FromSeconds(7.5), stored.CheckSettings.Timeout);
        Assert.Equal(JsonOperator.Contains, stored.CheckSettings.JsonOperator);
        Assert.Equal("abc", stored.CheckSettings.Headers["X-Trace"]);
    }

    [Fact]
    public async Task SaveChanges_SettingEditedInPlace_IsSaved()
    {
        var id = await AddTargetAsync(new TargetCheckSettings());
        await using (var db = CreateDbContext())
        {
            var target = await db.Targets.SingleAsync(t => t.Id == id).WaitAsync(s_timeout);
            target.CheckSettings.Headers["X-New"] = "1";
            target.CheckSettings.Keyword = "healthy";
            await db.SaveChangesAsync().WaitAsync(s_timeout);
        }

        await using var check = CreateDbContext();
        var stored = await check.Targets.AsNoTracking().SingleAsync(t => t.Id == id).WaitAsync(s_timeout);

        Assert.Equal("1", stored.CheckSettings.Headers["X-New"]);
        Assert.Equal("healthy", stored.CheckSettings.Keyword);
    }

    [Fact]
    public async Task SaveCheckResult_ConditionFields_ReadBackTheSame()
    {
        var id = await AddTargetAsync(new TargetCheckSettings());
        var expires = new DateTimeOffset(2031, 6, 7, 12, 30, 0, TimeSpan.Zero);
        await using (var db = CreateDbContext())
        {
            db.CheckResults.Add(new CheckResult
            {
                TargetId = id,
                DueAt = s_now,
                StartedAt = s_now,
                DurationMs = 120,
                StatusCode = 200,
                Outcome = CheckOutcome.Degraded,
                FailedCondition = FailedConditions.Certificate,
                Detail = "certificate expires 2031-06-07 (6 days): example.test",
                CertificateExpiresAt = expires,
                Attempts = 1,
            });
            await db.SaveChangesAsync().WaitAsync(s_timeout);
        }

        await using var check = CreateDbContext();
        var stored = await check.CheckResults.AsNoTracking().SingleAsync(c => c.TargetId == id).WaitAsync(s_timeout);

        Assert.Equal(CheckOutcome.Degraded, stored.Outcome);
        Assert.Equal(FailedConditions.Certificate, stored.FailedCondition);
        Assert.Equal("certificate expires 2031-06-07 (6 days): example.test", stored.Detail);
        Assert.Equal(expires, stored.CertificateExpiresAt);
    }

    private async Task<Guid> AddTargetAsync(TargetCheckSettings settings)
    {
        var target = new Target
        {
            Id = Guid.NewGuid(),
            Name = "settings " + Guid.NewGuid().ToString("N")[..6],
            Url = "https://example.test/health",
            Interval = TimeSpan.FromMinutes(5),
            CheckSettings = settings,
            CreatedAt = s_now,
            UpdatedAt = s_now,
        };
        await using var db = CreateDbContext();
        db.Targets.Add(target);
        await db.SaveChangesAsync().WaitAsync(s_timeout);
        return target.Id;
    }
}

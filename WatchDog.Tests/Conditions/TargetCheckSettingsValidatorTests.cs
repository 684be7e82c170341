using WatchDog.Core.Conditions;
using F = WatchDog.Core.Conditions.TargetCheckSettingsFields;

namespace WatchDog.Tests.Conditions;

public sealed class TargetCheckSettingsValidatorTests
{
    [Fact]
    public void Validate_Defaults_HasNoErrors()
    {
        Assert.Empty(TargetCheckSettingsValidator.Validate(new TargetCheckSettings()));
    }

    [Fact]
    public void Validate_EverySettingUsed_HasNoErrors()
    {
        var settings = new TargetCheckSettings
        {
            Method = "post",
            Headers = { ["X-Trace"] = "abc", ["Content-Type"] = "application/json" },
            Body = """{"ping":true}""",
            BodyContentType = "application/json; charset=utf-8",
            Authentication = AuthenticationKind.Basic,
            Username = "monitor",
            Password = "pa ss",
            FollowRedirects = false,
            MaxRedirects = 0,
            IgnoreTlsErrors = true,
            Timeout = TimeSpan.FromSeconds(30),
            Retries = 0,
            AcceptedStatusCodes = "200-299, 301, 418",
            Keyword = "ok",
            KeywordMode = KeywordMode.Absent,
            JsonPath = "$.count",
            JsonOperator = JsonOperator.GreaterThanOrEqual,
            JsonValue = "5",
            MaxResponseTime = TimeSpan.FromMilliseconds(1500),
            CertificateExpiryWarningDays = 0,
        };

        Assert.Empty(TargetCheckSettingsValidator.Validate(settings));
    }

    [Fact]
    public void Validate_BadValues_NamesEachApiField()
    {
        var settings = new TargetCheckSettings
        {
            Method = "FETCH",
            Headers = { ["Bad Name"] = "x", ["Host"] = "example.test", ["X-Ok"] = "line\r\nbreak" },
            BodyContentType = "not a type",
            Authentication = AuthenticationKind.Bearer,
            BearerToken = "has space",
            MaxRedirects = 51,
            Timeout = TimeSpan.FromMinutes(6),
            Retries = -1,
            AcceptedStatusCodes = "2xx",
            JsonPath = "$..status",
            JsonOperator = JsonOperator.LessThan,
            JsonValue = "high",
            MaxResponseTime = TimeSpan.Zero,
            CertificateExpiryWarningDays = 400,
        };

        var errors = TargetCheckSettingsValidator.Validate(settings);

        Assert.Equal(
            new[]
            {
                F.AcceptedStatusCodes, F.BearerToken, F.BodyContentType, F.CertificateExpiryWarningDays, F.Headers,
                F.JsonPath, F.JsonValue, F.MaxRedirects, F.MaxResponseTimeMs, F.Method, F.Retries, F.TimeoutSeconds,
            },
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(errors[F.AcceptedStatusCodes], e => e.Contains("'2xx'"));
        Assert.Equal(3, errors[F.Headers].Length);
        Assert.Contains(errors[F.JsonValue], e => e.Contains("not a number") && e.Contains("<"));
        Assert.Contains(errors[F.Method], e => e.Contains("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"));
    }

    [Fact]
    public void Validate_HeadWithBodyConditions_RefusesEach()
    {
        var settings = new TargetCheckSettings
        {
            Method = "HEAD",
            Body = "x",
            Keyword = "ok",
            JsonPath = "$.a",
            JsonValue = "1",
        };

        var errors = TargetCheckSettingsValidator.Validate(settings);

        Assert.Equal(new[] { F.Body, F.JsonPath, F.Keyword }, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_BasicWithoutUserOrPassword_NamesBoth()
    {
        var settings = new TargetCheckSettings { Authentication = AuthenticationKind.Basic, Username = "a:b" };

        var errors = TargetCheckSettingsValidator.Validate(settings);

        Assert.Equal(new[] { F.Password, F.Username }, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_AuthorizationHeaderBesideAuthentication_IsRefused()
    {
        var settings = new TargetCheckSettings
        {
            Authentication = AuthenticationKind.Bearer,
            BearerToken = "t0ken",
            Headers = { ["authorization"] = "Basic eA==" },
        };

        var errors = TargetCheckSettingsValidator.Validate(settings);

        Assert.Equal([F.Headers], errors.Keys);
    }

    [Fact]
    public void Validate_JsonPathWithoutValue_NamesJsonValue()
    {
        var errors = TargetCheckSettingsValidator.Validate(new TargetCheckSettings { JsonPath = "$.status" });

        Assert.Equal([F.JsonValue], errors.Keys);
    }
}

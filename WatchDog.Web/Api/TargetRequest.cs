using WatchDog.Core.Conditions;

namespace WatchDog.Web.Api;

/// <summary>
/// Body of <c>POST /api/targets</c> and <c>PUT /api/targets/{id}</c>. Every field but <c>url</c> is optional and
/// takes its default when left out (a PUT replaces the whole target). The check settings are flat, named as in
/// <see cref="TargetCheckSettingsFields"/>; secrets sent back masked (as the API shows them) keep the stored value.
/// </summary>
public sealed class TargetRequest
{
    /// <summary>Absolute http or https URL. Required.</summary>
    public string? Url { get; init; }

    /// <summary>Display name; defaults to the URL's host.</summary>
    public string? Name { get; init; }

    /// <summary>Whole seconds between checks; defaults to the platform's interval, else WatchDog:Checks:DefaultInterval.</summary>
    public double? IntervalSeconds { get; init; }

    public int? FailuresToDown { get; init; }

    public int? SuccessesToUp { get; init; }

    /// <summary><c>render</c>, <c>heroku-eco</c>, <c>railway</c> or <c>fly</c> (see <c>GET /api/platforms</c>).</summary>
    public string? Platform { get; init; }

    public string? KeepWarmSchedule { get; init; }

    public string? KeepWarmTimeZone { get; init; }

    public string? Method { get; init; }

    public Dictionary<string, string>? Headers { get; init; }

    public string? Body { get; init; }

    public string? BodyContentType { get; init; }

    /// <summary><c>none</c>, <c>basic</c> or <c>bearer</c>.</summary>
    public AuthenticationKind? Authentication { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? BearerToken { get; init; }

    public bool? FollowRedirects { get; init; }

    public int? MaxRedirects { get; init; }

    public bool? IgnoreTlsErrors { get; init; }

    public double? TimeoutSeconds { get; init; }

    public int? Retries { get; init; }

    public string? AcceptedStatusCodes { get; init; }

    public string? Keyword { get; init; }

    /// <summary><c>present</c> or <c>absent</c>.</summary>
    public KeywordMode? KeywordMode { get; init; }

    public bool? KeywordCaseSensitive { get; init; }

    public string? JsonPath { get; init; }

    /// <summary><c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> or <c>contains</c>.</summary>
    public string? JsonOperator { get; init; }

    public string? JsonValue { get; init; }

    public int? MaxResponseTimeMs { get; init; }

    public int? CertificateExpiryWarningDays { get; init; }
}

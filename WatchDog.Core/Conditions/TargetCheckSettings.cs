namespace WatchDog.Core.Conditions;

/// <summary>
/// How one target is requested and what its answer must satisfy to count as up. Stored on the target as one JSON
/// column; a property missing from stored JSON takes the default written here, so new settings need no migration.
/// The API names of these properties (for error messages and forms) are in <see cref="TargetCheckSettingsFields"/>.
/// </summary>
public sealed class TargetCheckSettings
{
    public const string DefaultMethod = "GET";

    public const string DefaultAcceptedStatusCodes = "200-399";

    public const int DefaultCertificateExpiryWarningDays = 14;

    /// <summary>GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS. Default GET.</summary>
    public string Method { get; set; } = DefaultMethod;

    /// <summary>Headers sent on every attempt; one set here replaces the checker's own (User-Agent, Accept...).</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The request body, sent as <see cref="BodyContentType"/>. Null sends none.</summary>
    public string? Body { get; set; }

    /// <summary>The media type of <see cref="Body"/>. Null means <c>text/plain</c>.</summary>
    public string? BodyContentType { get; set; }

    public AuthenticationKind Authentication { get; set; } = AuthenticationKind.None;

    public string? Username { get; set; }

    /// <summary>A secret: shown back only through <see cref="TargetCheckSettingsSecrets.Mask"/>.</summary>
    public string? Password { get; set; }

    /// <summary>A secret: shown back only through <see cref="TargetCheckSettingsSecrets.Mask"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>When false, a redirect is the answer and is judged by <see cref="AcceptedStatusCodes"/>. Default true.</summary>
    public bool FollowRedirects { get; set; } = true;

    /// <summary>Redirects followed before the check fails; null uses <c>WatchDog:Checks:MaxRedirects</c>.</summary>
    public int? MaxRedirects { get; set; }

    /// <summary>Accept any certificate (self-signed, expired, wrong name). Expiry is still recorded. Default false.</summary>
    public bool IgnoreTlsErrors { get; set; }

    /// <summary>Time allowed for one attempt; null uses <c>WatchDog:Checks:Timeout</c>.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Retries after a failed (down) attempt; null uses <c>WatchDog:Checks:Retries</c>.</summary>
    public int? Retries { get; set; }

    /// <summary>Codes and ranges such as <c>200-299, 301, 418</c>. Default <c>200-399</c>.</summary>
    public string AcceptedStatusCodes { get; set; } = DefaultAcceptedStatusCodes;

    /// <summary>Text looked for in the body; null or empty means no keyword condition.</summary>
    public string? Keyword { get; set; }

    public KeywordMode KeywordMode { get; set; } = KeywordMode.Present;

    /// <summary>Default false: <c>OK</c> matches <c>ok</c>.</summary>
    public bool KeywordCaseSensitive { get; set; }

    /// <summary>A path such as <c>$.status</c> or <c>$.checks[0].state</c> (see <see cref="JsonPathQuery"/>).</summary>
    public string? JsonPath { get; set; }

    public JsonOperator JsonOperator { get; set; } = JsonOperator.Equal;

    /// <summary>The value compared with what <see cref="JsonPath"/> finds, written as text (<c>up</c>, <c>5</c>, <c>true</c>).</summary>
    public string? JsonValue { get; set; }

    /// <summary>An answer slower than this is degraded, not down. Null means no limit.</summary>
    public TimeSpan? MaxResponseTime { get; set; }

    /// <summary>A presented certificate expiring within this many days makes the check degraded; 0 turns it off.</summary>
    public int CertificateExpiryWarningDays { get; set; } = DefaultCertificateExpiryWarningDays;

    /// <summary>Whether a condition needs the response body kept and decoded.</summary>
    public bool NeedsBody => !string.IsNullOrEmpty(Keyword) || !string.IsNullOrWhiteSpace(JsonPath);

    /// <summary>A deep copy, so a caller can change it without touching the original.</summary>
    public TargetCheckSettings Clone() => TargetCheckSettingsJson.Deserialize(TargetCheckSettingsJson.Serialize(this));
}

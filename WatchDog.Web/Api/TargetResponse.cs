using WatchDog.Core.Conditions;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

/// <summary>
/// A target as the API shows it. <c>status</c> is kept for older clients; <c>state</c> is its name from now on.
/// The check settings are flat, named as in <see cref="TargetCheckSettingsFields"/>, with secrets masked.
/// </summary>
public sealed record TargetResponse
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Url { get; init; } = "";

    public long IntervalSeconds { get; init; }

    public bool IsActive { get; init; }

    public TargetStatus Status { get; init; }

    public TargetStatus State { get; init; }

    public DateTimeOffset? LastCheckedAt { get; init; }

    public int? LastResponseTimeMs { get; init; }

    public int? LastStatusCode { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>From the latest check that recorded one; null for http targets or before the first check.</summary>
    public DateTimeOffset? CertificateExpiresAt { get; init; }

    public int ColdStarts24h { get; init; }

    /// <summary>Null uses WatchDog:Checks:FailuresToDown.</summary>
    public int? FailuresToDown { get; init; }

    /// <summary>Null uses WatchDog:Checks:SuccessesToUp.</summary>
    public int? SuccessesToUp { get; init; }

    public string? Platform { get; init; }

    public string? KeepWarmSchedule { get; init; }

    public string? KeepWarmTimeZone { get; init; }

    public string Method { get; init; } = "";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Body { get; init; }

    public string? BodyContentType { get; init; }

    public AuthenticationKind Authentication { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? BearerToken { get; init; }

    public bool FollowRedirects { get; init; }

    public int? MaxRedirects { get; init; }

    public bool IgnoreTlsErrors { get; init; }

    public double? TimeoutSeconds { get; init; }

    public int? Retries { get; init; }

    public string AcceptedStatusCodes { get; init; } = "";

    public string? Keyword { get; init; }

    public KeywordMode KeywordMode { get; init; }

    public bool KeywordCaseSensitive { get; init; }

    public string? JsonPath { get; init; }

    public string JsonOperator { get; init; } = "";

    public string? JsonValue { get; init; }

    public int? MaxResponseTimeMs { get; init; }

    public int CertificateExpiryWarningDays { get; init; }

    public static TargetResponse From(Target target, DateTimeOffset? certificateExpiresAt = null, int coldStarts24h = 0)
    {
        ArgumentNullException.ThrowIfNull(target);
        var check = TargetCheckSettingsSecrets.Mask(target.CheckSettings);
        return new TargetResponse
        {
            Id = target.Id,
            Name = target.Name,
            Url = target.Url,
            IntervalSeconds = (long)target.Interval.TotalSeconds,
            IsActive = target.IsActive,
            Status = target.DisplayStatus,
            State = target.DisplayStatus,
            LastCheckedAt = target.LastCheckedAt,
            LastResponseTimeMs = target.LastResponseTimeMs,
            LastStatusCode = target.LastStatusCode,
            LastError = target.LastError,
            CreatedAt = target.CreatedAt,
            CertificateExpiresAt = certificateExpiresAt,
            ColdStarts24h = coldStarts24h,
            FailuresToDown = target.FailuresToDown,
            SuccessesToUp = target.SuccessesToUp,
            Platform = target.Platform,
            KeepWarmSchedule = target.KeepWarmSchedule,
            KeepWarmTimeZone = target.KeepWarmTimeZone,
            Method = check.Method,
            Headers = check.Headers,
            Body = check.Body,
            BodyContentType = check.BodyContentType,
            Authentication = check.Authentication,
            Username = check.Username,
            Password = check.Password,
            BearerToken = check.BearerToken,
            FollowRedirects = check.FollowRedirects,
            MaxRedirects = check.MaxRedirects,
            IgnoreTlsErrors = check.IgnoreTlsErrors,
            TimeoutSeconds = check.Timeout?.TotalSeconds,
            Retries = check.Retries,
            AcceptedStatusCodes = check.AcceptedStatusCodes,
            Keyword = check.Keyword,
            KeywordMode = check.KeywordMode,
            KeywordCaseSensitive = check.KeywordCaseSensitive,
            JsonPath = check.JsonPath,
            JsonOperator = check.JsonOperator.ToSymbol(),
            JsonValue = check.JsonValue,
            MaxResponseTimeMs = check.MaxResponseTime is { } slow ? (int)slow.TotalMilliseconds : null,
            CertificateExpiryWarningDays = check.CertificateExpiryWarningDays,
        };
    }
}

using WatchDog.Core.Conditions;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

/// <summary>Turns an API body into the <see cref="TargetInput"/> that the validator judges.</summary>
internal static class TargetRequestMapper
{
    // Far outside every limit but still a TimeSpan: the validator then reports the field instead of an overflow.
    private const double LargestSeconds = 86_400;

    public static TargetInput ToInput(TargetRequest body) => new(body.Url, body.Name, body.IntervalSeconds)
    {
        FailuresToDown = body.FailuresToDown,
        SuccessesToUp = body.SuccessesToUp,
        Platform = body.Platform,
        KeepWarmSchedule = body.KeepWarmSchedule,
        KeepWarmTimeZone = body.KeepWarmTimeZone,
        CheckSettings = ToSettings(body),
    };

    private static TargetCheckSettings ToSettings(TargetRequest body) => new()
    {
        Method = body.Method ?? TargetCheckSettings.DefaultMethod,
        Headers = body.Headers ?? [],
        Body = body.Body,
        BodyContentType = body.BodyContentType,
        Authentication = body.Authentication ?? AuthenticationKind.None,
        Username = body.Username,
        Password = body.Password,
        BearerToken = body.BearerToken,
        FollowRedirects = body.FollowRedirects ?? true,
        MaxRedirects = body.MaxRedirects,
        IgnoreTlsErrors = body.IgnoreTlsErrors ?? false,
        Timeout = body.TimeoutSeconds is { } seconds
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, -LargestSeconds, LargestSeconds))
            : null,
        Retries = body.Retries,
        AcceptedStatusCodes = body.AcceptedStatusCodes ?? TargetCheckSettings.DefaultAcceptedStatusCodes,
        Keyword = body.Keyword,
        KeywordMode = body.KeywordMode ?? KeywordMode.Present,
        KeywordCaseSensitive = body.KeywordCaseSensitive ?? false,
        JsonPath = body.JsonPath,
        JsonOperator = ParseOperator(body.JsonOperator),
        JsonValue = body.JsonValue,
        MaxResponseTime = body.MaxResponseTimeMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        CertificateExpiryWarningDays = body.CertificateExpiryWarningDays
            ?? TargetCheckSettings.DefaultCertificateExpiryWarningDays,
    };

    // An unknown operator becomes a value outside the enum, which the settings validator reports by field.
    private static JsonOperator ParseOperator(string? text) =>
        string.IsNullOrWhiteSpace(text) ? JsonOperator.Equal
        : JsonOperators.TryParse(text.Replace("_", "", StringComparison.Ordinal), out var op) ? op
        : (JsonOperator)(-1);
}

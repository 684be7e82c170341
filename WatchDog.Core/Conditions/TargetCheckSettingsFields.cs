namespace WatchDog.Core.Conditions;

/// <summary>
/// The API (camelCase) name of each setting, used as the key of validation errors so that a form can show an error
/// beside its field. Times are exposed in whole units: <see cref="TimeoutSeconds"/>, <see cref="MaxResponseTimeMs"/>.
/// </summary>
public static class TargetCheckSettingsFields
{
    public const string Method = "method";
    public const string Headers = "headers";
    public const string Body = "body";
    public const string BodyContentType = "bodyContentType";
    public const string Authentication = "authentication";
    public const string Username = "username";
    public const string Password = "password";
    public const string BearerToken = "bearerToken";
    public const string FollowRedirects = "followRedirects";
    public const string MaxRedirects = "maxRedirects";
    public const string IgnoreTlsErrors = "ignoreTlsErrors";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string Retries = "retries";
    public const string AcceptedStatusCodes = "acceptedStatusCodes";
    public const string Keyword = "keyword";
    public const string KeywordMode = "keywordMode";
    public const string KeywordCaseSensitive = "keywordCaseSensitive";
    public const string JsonPath = "jsonPath";
    public const string JsonOperator = "jsonOperator";
    public const string JsonValue = "jsonValue";
    public const string MaxResponseTimeMs = "maxResponseTimeMs";
    public const string CertificateExpiryWarningDays = "certificateExpiryWarningDays";
}

using System.Net.Http.Headers;
using F = WatchDog.Core.Conditions.TargetCheckSettingsFields;

namespace WatchDog.Core.Conditions;

/// <summary>
/// Checks a target's settings before they are saved and returns every error keyed by its API field name
/// (<see cref="TargetCheckSettingsFields"/>), in the shape ASP.NET Core's validation problem takes.
/// </summary>
public static class TargetCheckSettingsValidator
{
    public static readonly IReadOnlyList<string> Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    public const int BodyMaxLength = 64 * 1024;
    public const int CredentialMaxLength = 4096;
    public const int KeywordMaxLength = 500;
    public const int JsonPathMaxLength = 500;
    public const int JsonValueMaxLength = 1000;
    public const int MaxRedirectsLimit = 50;
    public const int RetriesLimit = 10;
    public const int CertificateWarningDaysLimit = 365;
    public static readonly TimeSpan TimeoutLimit = TimeSpan.FromMinutes(5);

    public static Dictionary<string, string[]> Validate(TargetCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new ValidationErrors();
        var method = settings.Method?.Trim().ToUpperInvariant() ?? "";
        var hasNoBody = method == "HEAD";
        if (!Methods.Contains(method))
        {
            errors.Add(F.Method, $"must be one of {string.Join(", ", Methods)}");
        }

        HeaderRules.Validate(settings, errors);
        ValidateRequest(settings, hasNoBody, errors);
        ValidateConditions(settings, hasNoBody, errors);
        return errors.ToDictionary();
    }

    private static void ValidateRequest(TargetCheckSettings settings, bool hasNoBody, ValidationErrors errors)
    {
        if (settings.Body is { } body && hasNoBody)
        {
            errors.Add(F.Body, "a HEAD request has no body");
        }
        else if (settings.Body is { Length: > BodyMaxLength })
        {
            errors.Add(F.Body, $"must be at most {BodyMaxLength} characters");
        }

        if (settings.BodyContentType is { } type && !MediaTypeHeaderValue.TryParse(type, out _))
        {
            errors.Add(F.BodyContentType, $"'{type}' is not a media type such as application/json");
        }

        switch (settings.Authentication)
        {
            case AuthenticationKind.Basic:
                if (string.IsNullOrEmpty(settings.Username) || settings.Username.Contains(':') || HasControl(settings.Username))
                {
                    errors.Add(F.Username, "basic authentication needs a user name without ':' or control characters");
                }

                if (settings.Password is null || HasControl(settings.Password))
                {
                    errors.Add(F.Password, "basic authentication needs a password without control characters");
                }

                break;
            case AuthenticationKind.Bearer:
                if (string.IsNullOrWhiteSpace(settings.BearerToken) || settings.BearerToken.Any(char.IsWhiteSpace)
                    || HasControl(settings.BearerToken))
                {
                    errors.Add(F.BearerToken, "bearer authentication needs a token without spaces or control characters");
                }

                break;
            case AuthenticationKind.None:
                break;
            default:
                errors.Add(F.Authentication, "must be none, basic or bearer");
                break;
        }

        foreach (var (field, value) in new[] { (F.Username, settings.Username), (F.Password, settings.Password),
            (F.BearerToken, settings.BearerToken) })
        {
            if (value is { Length: > CredentialMaxLength })
            {
                errors.Add(field, $"must be at most {CredentialMaxLength} characters");
            }
        }

        if (settings.MaxRedirects is < 0 or > MaxRedirectsLimit)
        {
            errors.Add(F.MaxRedirects, $"must be between 0 and {MaxRedirectsLimit}");
        }

        if (settings.Timeout is { } timeout && (timeout < TimeSpan.FromSeconds(1) || timeout > TimeoutLimit))
        {
            errors.Add(F.TimeoutSeconds, $"must be between 1 and {TimeoutLimit.TotalSeconds:0} seconds");
        }

        if (settings.Retries is < 0 or > RetriesLimit)
        {
            errors.Add(F.Retries, $"must be between 0 and {RetriesLimit}");
        }
    }

    private static void ValidateConditions(TargetCheckSettings settings, bool hasNoBody, ValidationErrors errors)
    {
        if (!StatusCodeRanges.TryParse(settings.AcceptedStatusCodes, out _, out var codesError))
        {
            errors.Add(F.AcceptedStatusCodes, codesError!);
        }

        if (!string.IsNullOrEmpty(settings.Keyword))
        {
            if (settings.Keyword.Length > KeywordMaxLength)
            {
                errors.Add(F.Keyword, $"must be at most {KeywordMaxLength} characters");
            }

            if (hasNoBody)
            {
                errors.Add(F.Keyword, "a HEAD request gets no body to look in; use GET");
            }
        }

        if (!Enum.IsDefined(settings.KeywordMode))
        {
            errors.Add(F.KeywordMode, "must be present or absent");
        }

        ValidateJson(settings, hasNoBody, errors);

        if (settings.MaxResponseTime is { } slow && (slow <= TimeSpan.Zero || slow > TimeoutLimit))
        {
            errors.Add(F.MaxResponseTimeMs, $"must be above 0 and at most {TimeoutLimit.TotalMilliseconds:0} ms");
        }

        if (settings.CertificateExpiryWarningDays is < 0 or > CertificateWarningDaysLimit)
        {
            errors.Add(F.CertificateExpiryWarningDays, $"must be between 0 (off) and {CertificateWarningDaysLimit}");
        }
    }

    private static void ValidateJson(TargetCheckSettings settings, bool hasNoBody, ValidationErrors errors)
    {
        if (!Enum.IsDefined(settings.JsonOperator))
        {
            errors.Add(F.JsonOperator, $"must be one of {string.Join(" ", JsonOperators.Symbols)}");
        }

        if (string.IsNullOrWhiteSpace(settings.JsonPath))
        {
            return;
        }

        if (settings.JsonPath.Length > JsonPathMaxLength)
        {
            errors.Add(F.JsonPath, $"must be at most {JsonPathMaxLength} characters");
        }
        else if (!JsonPathQuery.TryParse(settings.JsonPath, out _, out var pathError))
        {
            errors.Add(F.JsonPath, pathError!);
        }

        if (hasNoBody)
        {
            errors.Add(F.JsonPath, "a HEAD request gets no body to read; use GET");
        }

        if (settings.JsonValue is null)
        {
            errors.Add(F.JsonValue, "give the value to compare with");
        }
        else if (settings.JsonValue.Length > JsonValueMaxLength)
        {
            errors.Add(F.JsonValue, $"must be at most {JsonValueMaxLength} characters");
        }
        else if (settings.JsonOperator.IsNumeric() && !JsonComparison.TryParseNumber(settings.JsonValue, out _))
        {
            errors.Add(F.JsonValue, $"'{settings.JsonValue}' is not a number, which {settings.JsonOperator.ToSymbol()} needs");
        }
    }

    private static bool HasControl(string text) => text.Any(char.IsControl);
}

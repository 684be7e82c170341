using System.Globalization;
using WatchDog.Core.Conditions;

namespace WatchDog.Web.Components.Details;

/// <summary>A target's request and conditions in plain words, one sentence each, for the target page.</summary>
public static class ConditionsText
{
    public static IReadOnlyList<string> Describe(TargetCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var lines = new List<string> { Request(settings), $"Up when the status is in {settings.AcceptedStatusCodes}." };
        if (!string.IsNullOrEmpty(settings.Keyword))
        {
            var where = settings.KeywordMode == KeywordMode.Present ? "contains" : "does not contain";
            var match = settings.KeywordCaseSensitive ? "matching case" : "ignoring case";
            lines.Add($"Down unless the body {where} \"{settings.Keyword}\" ({match}).");
        }

        if (!string.IsNullOrWhiteSpace(settings.JsonPath))
        {
            lines.Add($"Down unless {settings.JsonPath} {settings.JsonOperator.ToSymbol()} {settings.JsonValue} in the JSON body.");
        }

        if (settings.MaxResponseTime is { } slow)
        {
            lines.Add($"Degraded when slower than {slow.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms.");
        }

        lines.Add(settings.CertificateExpiryWarningDays > 0
            ? $"Degraded when a presented certificate expires within {settings.CertificateExpiryWarningDays} days."
            : "Certificate expiry is not checked.");
        return lines;
    }

    private static string Request(TargetCheckSettings settings)
    {
        var parts = new List<string> { $"{settings.Method} request" };
        if (settings.Authentication != AuthenticationKind.None)
        {
            parts.Add($"with {settings.Authentication.ToString().ToLowerInvariant()} authentication");
        }

        if (settings.Headers.Count > 0)
        {
            parts.Add($"{settings.Headers.Count} header{(settings.Headers.Count == 1 ? "" : "s")}");
        }

        parts.Add(settings.FollowRedirects
            ? settings.MaxRedirects is { } max ? $"following up to {max} redirects" : "following redirects"
            : "not following redirects");
        if (settings.IgnoreTlsErrors)
        {
            parts.Add("ignoring TLS errors");
        }

        if (settings.Timeout is { } timeout)
        {
            parts.Add($"timeout {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }

        if (settings.Retries is { } retries)
        {
            parts.Add($"{retries} retr{(retries == 1 ? "y" : "ies")}");
        }

        return string.Join(", ", parts) + ".";
    }
}

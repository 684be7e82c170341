using System.Globalization;
using System.Text.Json;

namespace WatchDog.Core.Conditions;

/// <summary>
/// A target's conditions, parsed once per check and then judged against each attempt's answer. Down conditions
/// (status, keyword, JSON) are judged before the degrading ones (response time, certificate).
/// </summary>
public sealed class CompiledConditions
{
    private readonly TargetCheckSettings _settings;

    private readonly JsonPathQuery? _jsonPath;

    private CompiledConditions(TargetCheckSettings settings, StatusCodeRanges statusCodes, JsonPathQuery? jsonPath)
    {
        _settings = settings;
        StatusCodes = statusCodes;
        _jsonPath = jsonPath;
    }

    public StatusCodeRanges StatusCodes { get; }

    public bool NeedsBody => _settings.NeedsBody;

    /// <summary>Fails only for settings the validator would have refused; the error names the field.</summary>
    public static bool TryCompile(TargetCheckSettings settings, out CompiledConditions compiled, out string? error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        compiled = null!;
        if (!StatusCodeRanges.TryParse(settings.AcceptedStatusCodes, out var codes, out var codesError))
        {
            error = $"{TargetCheckSettingsFields.AcceptedStatusCodes}: {codesError}";
            return false;
        }

        JsonPathQuery? path = null;
        if (!string.IsNullOrWhiteSpace(settings.JsonPath)
            && !JsonPathQuery.TryParse(settings.JsonPath, out path, out var pathError))
        {
            error = $"{TargetCheckSettingsFields.JsonPath}: {pathError}";
            return false;
        }

        error = null;
        compiled = new CompiledConditions(settings, codes, path);
        return true;
    }

    public ConditionFailure? CheckStatus(int statusCode) => StatusCodes.Contains(statusCode)
        ? null
        : new ConditionFailure(FailedConditions.Status, $"status {statusCode} not in {StatusCodes}", Degrades: false);

    /// <summary>Judges the keyword and JSON conditions; <paramref name="truncated"/> says only the start was read.</summary>
    public ConditionFailure? CheckBody(string body, bool truncated)
    {
        var readNote = truncated ? " in the first part read" : "";
        if (!string.IsNullOrEmpty(_settings.Keyword))
        {
            var comparison = _settings.KeywordCaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var found = body.Contains(_settings.Keyword, comparison);
            var wanted = _settings.KeywordMode == KeywordMode.Present;
            if (found != wanted)
            {
                var state = found ? "present" : "absent";
                return new ConditionFailure(
                    FailedConditions.Keyword, $"keyword '{_settings.Keyword}' {state}{(found ? "" : readNote)}", false);
            }
        }

        return _jsonPath is null ? null : CheckJson(body, truncated);
    }

    /// <summary>Judges response time, then certificate expiry; either only degrades the check.</summary>
    public ConditionFailure? CheckDegrading(TimeSpan responseTime, CertificateExpiry? certificate, DateTimeOffset now)
    {
        if (_settings.MaxResponseTime is { } limit && responseTime > limit)
        {
            return new ConditionFailure(
                FailedConditions.ResponseTime,
                $"response {Ms(responseTime)} ms over {Ms(limit)} ms",
                Degrades: true);
        }

        var warning = TimeSpan.FromDays(_settings.CertificateExpiryWarningDays);
        if (certificate is not null && _settings.CertificateExpiryWarningDays > 0 && certificate.NotAfter - now <= warning)
        {
            var date = certificate.NotAfter.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var days = (int)Math.Floor((certificate.NotAfter - now).TotalDays);
            var when = days >= 0
                ? $"expires {date} ({days} day{(days == 1 ? "" : "s")})"
                : $"expired {date} ({-days} day{(days == -1 ? "" : "s")} ago)";
            return new ConditionFailure(
                FailedConditions.Certificate, $"certificate {when}: {certificate.Subject}", Degrades: true);
        }

        return null;
    }

    private ConditionFailure? CheckJson(string body, bool truncated)
    {
        var expected = _settings.JsonValue ?? "";
        var op = _settings.JsonOperator;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            var why = truncated ? "the body is larger than the part read, so it is not complete JSON" : ex.Message;
            return new ConditionFailure(FailedConditions.Json, $"body is not JSON: {why}", false);
        }

        using (document)
        {
            if (!_jsonPath!.TryFind(document.RootElement, out var found))
            {
                return new ConditionFailure(FailedConditions.Json, $"{_jsonPath} not found", false);
            }

            return JsonComparison.Holds(found, op, expected)
                ? null
                : new ConditionFailure(
                    FailedConditions.Json,
                    $"{_jsonPath} was {JsonComparison.Describe(found)}, expected {op.ToSymbol()} '{expected}'",
                    false);
        }
    }

    private static long Ms(TimeSpan time) => (long)Math.Round(time.TotalMilliseconds);
}

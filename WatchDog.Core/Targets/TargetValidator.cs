using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Core.KeepWarm;

namespace WatchDog.Core.Targets;

/// <summary>
/// Checks a target's URL, name and interval; used by the API and the dashboard alike so both say the same.
/// URLs with user-info (<c>https://user:pass@host/</c>) are refused: the URL is shown on the dashboard and
/// returned by the API, so a password in it would leak; per-target credentials belong in their own field.
/// Whether an address may be probed (private, loopback, metadata) is decided when the connection is made,
/// not here, because DNS can change after a target is saved. The thresholds, keep-warm fields and check
/// settings are validated in the same pass, so one answer lists every error by field and nothing is half-saved.
/// </summary>
public sealed class TargetValidator(IOptions<CheckOptions> checkOptions)
{
    public TargetValidation Validate(TargetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var options = checkOptions.Value;

        var uri = ValidateUrl(input.Url, errors);
        var name = ValidateName(input.Name, uri, errors);
        var preset = PlatformPresets.Find(input.Platform);
        var interval = input.IntervalSeconds is null && preset is not null
            ? preset.Interval
            : ValidateInterval(input.IntervalSeconds, options, errors);
        ValidateThreshold(input.FailuresToDown, TargetFields.FailuresToDown, errors);
        ValidateThreshold(input.SuccessesToUp, TargetFields.SuccessesToUp, errors);
        foreach (var (field, message) in KeepWarmValidation.Validate(input.Platform, input.KeepWarmSchedule, input.KeepWarmTimeZone))
        {
            Add(errors, field, message);
        }

        var settings = Normalize(input.CheckSettings);
        foreach (var (field, messages) in TargetCheckSettingsValidator.Validate(settings))
        {
            foreach (var message in messages)
            {
                Add(errors, field, message);
            }
        }

        if (errors.Count > 0 || uri is null || name is null || interval is null)
        {
            return TargetValidation.Invalid(errors);
        }

        return TargetValidation.Valid(new ValidTarget(uri.AbsoluteUri, name, interval.Value)
        {
            FailuresToDown = input.FailuresToDown,
            SuccessesToUp = input.SuccessesToUp,
            Platform = preset?.Id,
            KeepWarmSchedule = Blank(input.KeepWarmSchedule),
            KeepWarmTimeZone = Blank(input.KeepWarmSchedule) is null ? null : Blank(input.KeepWarmTimeZone),
            CheckSettings = settings,
        });
    }

    private static void ValidateThreshold(int? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is < 1 or > TargetLimits.MaxStreakThreshold)
        {
            Add(errors, field, $"Must be between 1 and {TargetLimits.MaxStreakThreshold}, or empty for the default.");
        }
    }

    // A copy with the method in capitals and empty texts as "none", so what is stored reads the same however typed.
    private static TargetCheckSettings Normalize(TargetCheckSettings? input)
    {
        var settings = input?.Clone() ?? new TargetCheckSettings();
        settings.Method = settings.Method?.Trim().ToUpperInvariant() ?? TargetCheckSettings.DefaultMethod;
        settings.AcceptedStatusCodes = string.IsNullOrWhiteSpace(settings.AcceptedStatusCodes)
            ? TargetCheckSettings.DefaultAcceptedStatusCodes
            : settings.AcceptedStatusCodes.Trim();
        settings.Keyword = string.IsNullOrEmpty(settings.Keyword) ? null : settings.Keyword;
        settings.JsonPath = Blank(settings.JsonPath);
        settings.BodyContentType = Blank(settings.BodyContentType);
        if (settings.JsonPath is null)
        {
            settings.JsonValue = null;
        }

        return settings;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    private static Uri? ValidateUrl(string? raw, Dictionary<string, string[]> errors)
    {
        var url = raw?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            errors[TargetFields.Url] = ["A URL is required."];
            return null;
        }

        if (url.Length > TargetLimits.UrlMaxLength)
        {
            errors[TargetFields.Url] = [$"The URL must be at most {TargetLimits.UrlMaxLength} characters."];
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            errors[TargetFields.Url] = ["The URL must be absolute, such as https://my-app.onrender.com/."];
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            errors[TargetFields.Url] = [$"Only http and https URLs can be checked (got '{uri.Scheme}')."];
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            errors[TargetFields.Url] = ["The URL must not contain a user name or password."];
            return null;
        }

        if (uri.AbsoluteUri.Length > TargetLimits.UrlMaxLength)
        {
            errors[TargetFields.Url] = [$"The URL must be at most {TargetLimits.UrlMaxLength} characters."];
            return null;
        }

        return uri;
    }

    private static string? ValidateName(string? raw, Uri? uri, Dictionary<string, string[]> errors)
    {
        var name = raw?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return uri?.Host;
        }

        if (name.Length > TargetLimits.NameMaxLength)
        {
            errors[TargetFields.Name] = [$"The name must be at most {TargetLimits.NameMaxLength} characters."];
            return null;
        }

        return name;
    }

    private static TimeSpan? ValidateInterval(double? seconds, CheckOptions options, Dictionary<string, string[]> errors)
    {
        if (seconds is null)
        {
            return options.DefaultInterval;
        }

        var min = options.MinimumInterval.TotalSeconds;
        var max = options.MaximumInterval.TotalSeconds;
        if (double.IsNaN(seconds.Value) || seconds.Value < min || seconds.Value > max)
        {
            errors[TargetFields.IntervalSeconds] = [$"The interval must be between {min} and {max} seconds."];
            return null;
        }

        if (seconds.Value != Math.Floor(seconds.Value))
        {
            errors[TargetFields.IntervalSeconds] = ["The interval must be a whole number of seconds."];
            return null;
        }

        return TimeSpan.FromSeconds(seconds.Value);
    }
}

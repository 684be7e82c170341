using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;

namespace WatchDog.Core.Targets;

/// <summary>
/// Checks a target's URL, name and interval; used by the API and the dashboard alike so both say the same.
/// URLs with user-info (<c>https://user:pass@host/</c>) are refused: the URL is shown on the dashboard and
/// returned by the API, so a password in it would leak; per-target credentials belong in their own field.
/// Whether an address may be probed (private, loopback, metadata) is decided when the connection is made,
/// not here, because DNS can change after a target is saved.
/// </summary>
public sealed class TargetValidator(IOptions<CheckOptions> checkOptions)
{
    public TargetValidation Validate(TargetInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var options = checkOptions.Value;

        var uri = ValidateUrl(input.Url, errors);
        var name = ValidateName(input.Name, uri, errors);
        var interval = ValidateInterval(input.IntervalSeconds, options, errors);

        if (errors.Count > 0 || uri is null || name is null || interval is null)
        {
            return TargetValidation.Invalid(errors);
        }

        return TargetValidation.Valid(new ValidTarget(uri.AbsoluteUri, name, interval.Value));
    }

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

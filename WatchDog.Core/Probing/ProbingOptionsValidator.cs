using Microsoft.Extensions.Options;

namespace WatchDog.Core.Probing;

/// <summary>Lists every invalid <c>WatchDog:Probing</c> setting by its key, so start-up says what to fix.</summary>
internal sealed class ProbingOptionsValidator : IValidateOptions<ProbingOptions>
{
    public const int MaxBodyBytesLimit = 16 * 1024 * 1024;

    public const int UserAgentMaxLength = 512;

    public ValidateOptionsResult Validate(string? name, ProbingOptions options)
    {
        var errors = new List<string>();
        const string prefix = ProbingOptions.SectionName;

        if (options.MaxBodyBytes is < 0 or > MaxBodyBytesLimit)
        {
            errors.Add($"{prefix}:MaxBodyBytes must be between 0 and {MaxBodyBytesLimit} (got {options.MaxBodyBytes}).");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent)
            || options.UserAgent.Length > UserAgentMaxLength
            || options.UserAgent.Any(char.IsControl))
        {
            errors.Add($"{prefix}:UserAgent must be non-empty text of at most {UserAgentMaxLength} characters " +
                "without line breaks or control characters.");
        }

        for (var i = 0; i < options.BlockedNetworks.Count; i++)
        {
            if (!AddressPolicy.TryParseNetwork(options.BlockedNetworks[i], out _))
            {
                errors.Add($"{prefix}:BlockedNetworks:{i} ('{options.BlockedNetworks[i]}') is not an address or a " +
                    "network in CIDR form such as 10.20.0.0/16.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using Microsoft.Extensions.Options;

namespace WatchDog.Core.Leasing;

/// <summary>Lists every invalid <c>WatchDog:Leasing</c> setting by its key.</summary>
internal sealed class LeaseOptionsValidator : IValidateOptions<LeaseOptions>
{
    public ValidateOptionsResult Validate(string? name, LeaseOptions options)
    {
        var errors = new List<string>();
        const string prefix = LeaseOptions.SectionName;

        if (options.Ttl < TimeSpan.FromMilliseconds(500) || options.Ttl > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{prefix}:Ttl must be between 00:00:00.5 and 00:10:00 (got {options.Ttl}).");
        }

        if (options.RenewInterval <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:RenewInterval must be above zero (got {options.RenewInterval}).");
        }

        if (options.RenewInterval >= options.Ttl)
        {
            errors.Add($"{prefix}:RenewInterval ({options.RenewInterval}) must be shorter than " +
                $"{prefix}:Ttl ({options.Ttl}); about a third of it is best.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix))
        {
            errors.Add($"{prefix}:KeyPrefix must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Name) || options.Name.Length > 100)
        {
            errors.Add($"{prefix}:Name must be 1 to 100 characters (got '{options.Name}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

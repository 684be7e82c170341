using Microsoft.Extensions.Options;

namespace WatchDog.Core.Scheduling;

/// <summary>Lists every invalid <c>WatchDog:Scheduling</c> setting by its key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var errors = new List<string>();
        const string prefix = SchedulingOptions.SectionName;

        if (options.MaxConcurrentChecks is < 1 or > 10_000)
        {
            errors.Add($"{prefix}:MaxConcurrentChecks must be between 1 and 10000 (got {options.MaxConcurrentChecks}).");
        }

        if (options.RefreshInterval < TimeSpan.FromMilliseconds(100) || options.RefreshInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{prefix}:RefreshInterval must be between 00:00:00.1 and 00:10:00 (got {options.RefreshInterval}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

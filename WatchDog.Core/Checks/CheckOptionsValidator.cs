using Microsoft.Extensions.Options;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Checks;

/// <summary>Lists every invalid <c>WatchDog:Checks</c> setting by its key, so start-up says what to fix.</summary>
internal sealed class CheckOptionsValidator : IValidateOptions<CheckOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckOptions options)
    {
        var errors = new List<string>();
        const string prefix = CheckOptions.SectionName;

        if (options.MinimumInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{prefix}:MinimumInterval must be at least 00:00:01 (got {options.MinimumInterval}).");
        }

        if (options.MaximumInterval < options.MinimumInterval)
        {
            errors.Add($"{prefix}:MaximumInterval ({options.MaximumInterval}) must not be below MinimumInterval.");
        }

        if (options.DefaultInterval < options.MinimumInterval || options.DefaultInterval > options.MaximumInterval)
        {
            errors.Add($"{prefix}:DefaultInterval ({options.DefaultInterval}) must lie between " +
                $"MinimumInterval ({options.MinimumInterval}) and MaximumInterval ({options.MaximumInterval}).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{prefix}:Timeout must be above zero and at most 00:05:00 (got {options.Timeout}).");
        }

        if (options.Retries is < 0 or > 10)
        {
            errors.Add($"{prefix}:Retries must be between 0 and 10 (got {options.Retries}).");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{prefix}:RetryDelay must be between 00:00:00 and 00:10:00 (got {options.RetryDelay}).");
        }

        if (options.MaxRedirects is < 0 or > 50)
        {
            errors.Add($"{prefix}:MaxRedirects must be between 0 and 50 (got {options.MaxRedirects}).");
        }

        if (options.FailuresToDown is < 1 or > TargetLimits.MaxStreakThreshold)
        {
            errors.Add($"{prefix}:FailuresToDown must be between 1 and {TargetLimits.MaxStreakThreshold} (got {options.FailuresToDown}).");
        }

        if (options.SuccessesToUp is < 1 or > TargetLimits.MaxStreakThreshold)
        {
            errors.Add($"{prefix}:SuccessesToUp must be between 1 and {TargetLimits.MaxStreakThreshold} (got {options.SuccessesToUp}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using Microsoft.Extensions.Options;

namespace WatchDog.Core.History;

/// <summary>Names every invalid <c>WatchDog:History</c> setting by its key.</summary>
internal sealed class HistoryOptionsValidator : IValidateOptions<HistoryOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryOptions options)
    {
        var errors = new List<string>();
        const string prefix = HistoryOptions.SectionName;

        if (options.RawRetention < TimeSpan.FromDays(1))
        {
            errors.Add($"{prefix}:RawRetention must be at least 1.00:00:00 (got {options.RawRetention}).");
        }

        if (options.RollupRetention < options.RawRetention)
        {
            errors.Add($"{prefix}:RollupRetention ({options.RollupRetention}) must not be shorter than RawRetention.");
        }

        if (options.RollupDelay < TimeSpan.Zero || options.RollupDelay > TimeSpan.FromHours(6))
        {
            errors.Add($"{prefix}:RollupDelay must be between 00:00:00 and 06:00:00 (got {options.RollupDelay}).");
        }

        if (options.MaintenanceInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{prefix}:MaintenanceInterval must be at least 00:00:01 (got {options.MaintenanceInterval}).");
        }

        if (options.PruneBatchSize is < 100 or > 1_000_000)
        {
            errors.Add($"{prefix}:PruneBatchSize must be between 100 and 1000000 (got {options.PruneBatchSize}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

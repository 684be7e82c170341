using WatchDog.Core.Conditions;

namespace WatchDog.Core.Targets;

/// <summary>A target's editable fields after validation: trimmed, defaults filled in.</summary>
public sealed record ValidTarget(string Url, string Name, TimeSpan Interval)
{
    public int? FailuresToDown { get; init; }

    public int? SuccessesToUp { get; init; }

    /// <summary>The preset id in its canonical spelling, or null.</summary>
    public string? Platform { get; init; }

    public string? KeepWarmSchedule { get; init; }

    public string? KeepWarmTimeZone { get; init; }

    public TargetCheckSettings CheckSettings { get; init; } = new();
}

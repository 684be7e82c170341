using WatchDog.Core.Conditions;

namespace WatchDog.Core.Targets;

/// <summary>
/// What a person typed when adding or editing a target, before validation. The shape matches the API
/// body (<c>url</c>, <c>name</c>, <c>intervalSeconds</c>...) so that error keys are the same everywhere.
/// Null optional fields take their defaults: the setting's thresholds, no platform, checks around the clock,
/// default check settings.
/// </summary>
public sealed record TargetInput(string? Url, string? Name = null, double? IntervalSeconds = null)
{
    public int? FailuresToDown { get; init; }

    public int? SuccessesToUp { get; init; }

    /// <summary>A <see cref="KeepWarm.PlatformPresets"/> id; with no interval given, the preset's interval is used.</summary>
    public string? Platform { get; init; }

    public string? KeepWarmSchedule { get; init; }

    public string? KeepWarmTimeZone { get; init; }

    /// <summary>
    /// The request and its conditions. Masked secrets (<see cref="TargetCheckSettingsSecrets.MaskPrefix"/>) in an
    /// update keep the stored secret. Null means the defaults.
    /// </summary>
    public TargetCheckSettings? CheckSettings { get; init; }
}

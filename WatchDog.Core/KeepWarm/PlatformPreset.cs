namespace WatchDog.Core.KeepWarm;

/// <summary>
/// A hosting platform's sleep rule and the check interval that keeps an app on it awake.
/// <see cref="IdleLimit"/> is how long the platform lets the app idle before it sleeps (what the estimate
/// uses); <see cref="FreeHoursPerMonth"/> is its free instance-hour allowance, or null where it has none.
/// </summary>
public sealed record PlatformPreset(
    string Id,
    string Name,
    TimeSpan Interval,
    TimeSpan IdleLimit,
    string Reason,
    double? FreeHoursPerMonth,
    string? AllowanceNote);

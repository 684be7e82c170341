namespace WatchDog.Core.KeepWarm;

/// <summary>
/// Instance hours a month that the checks keep an app awake, against the platform's free allowance (null
/// where it has none; then <see cref="WithinAllowance"/> is null too).
/// </summary>
public sealed record KeepWarmEstimate(double HoursPerMonth, double? FreeHoursPerMonth, PlatformPreset Platform)
{
    public bool? WithinAllowance => FreeHoursPerMonth is { } free ? HoursPerMonth <= free : null;
}

namespace WatchDog.Core.Targets;

public static class TargetLimits
{
    public const int NameMaxLength = 200;

    public const int UrlMaxLength = 2048;

    /// <summary>Highest failures-to-down or successes-to-up a target or the settings may ask for.</summary>
    public const int MaxStreakThreshold = 100;

    public const int PlatformMaxLength = 32;

    public const int KeepWarmScheduleMaxLength = 100;

    public const int TimeZoneMaxLength = 64;
}

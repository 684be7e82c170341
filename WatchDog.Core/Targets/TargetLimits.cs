namespace WatchDog.Core.Targets;

public static class TargetLimits
{
    public const int NameMaxLength = 200;

    public const int UrlMaxLength = 2048;
}

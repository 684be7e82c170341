namespace WatchDog.Core.Checks;

public static class CheckLimits
{
    public const int ErrorMaxLength = 1000;
}

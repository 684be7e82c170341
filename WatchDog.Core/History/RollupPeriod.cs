namespace WatchDog.Core.History;

public enum RollupPeriod
{
    Hour,
    Day,
}

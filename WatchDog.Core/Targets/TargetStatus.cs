namespace WatchDog.Core.Targets;

public enum TargetStatus
{
    Pending,
    Up,
    Down,
    Paused,
}

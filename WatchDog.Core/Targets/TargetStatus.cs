namespace WatchDog.Core.Targets;

public enum TargetStatus
{
    Pending,
    Up,
    Down,
    Paused,

    /// <summary>Answering, but slow or with a certificate about to expire: good for uptime and incidents.</summary>
    Degraded,
}

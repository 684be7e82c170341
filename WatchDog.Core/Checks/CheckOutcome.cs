namespace WatchDog.Core.Checks;

public enum CheckOutcome
{
    Up,
    Down,

    /// <summary>
    /// Answering and every down condition held, but slow (over the target's response-time limit) or with a
    /// certificate about to expire. Counts as good for uptime.
    /// </summary>
    Degraded,
}

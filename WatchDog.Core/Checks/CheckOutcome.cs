namespace WatchDog.Core.Checks;

public enum CheckOutcome
{
    Up,
    Down,

    /// <summary>The target answered and every condition held, but slowly or with a certificate expiring soon.</summary>
    Degraded,
}

namespace WatchDog.Core.Checks;

public static class CheckOutcomes
{
    /// <summary>Up and degraded are good: the target answered and its conditions held. Only down is bad.</summary>
    public static bool IsGood(CheckOutcome outcome) => outcome is CheckOutcome.Up or CheckOutcome.Degraded;
}

using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>Runs one check of one target for one slot, retries included.</summary>
public interface ITargetChecker
{
    /// <summary>
    /// Never throws for anything the target does: failures become a <see cref="CheckResult"/> with
    /// <see cref="CheckOutcome.Down"/>. Only cancellation of <paramref name="cancellationToken"/> (shutdown) ends it early,
    /// and then it still returns a result describing the interrupted check.
    /// </summary>
    Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken);
}

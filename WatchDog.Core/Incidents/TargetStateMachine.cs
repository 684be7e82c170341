using WatchDog.Core.Checks;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Incidents;

/// <summary>
/// Turns check outcomes into a target's state. A target goes down after <c>failuresToDown</c> failed checks
/// in a row (each counted after its retries) and comes back after <c>successesToUp</c> good checks in a row;
/// in between it keeps its state, so one stray failure does not raise a false alarm. A degraded check (slow,
/// certificate expiring) is good for this count: the target answered. It shows as
/// <see cref="TargetStatus.Degraded"/> instead of <see cref="TargetStatus.Up"/>. Pure: no I/O, no clock.
/// </summary>
public static class TargetStateMachine
{
    public static TargetHealth Initial { get; } = new(TargetStatus.Pending, 0, 0, null, null);

    public static HealthTransition Apply(
        TargetHealth health,
        CheckOutcome outcome,
        DateTimeOffset checkedAt,
        string? error,
        int failuresToDown,
        int successesToUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failuresToDown, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(successesToUp, 1);

        return outcome == CheckOutcome.Down
            ? Fail(health, checkedAt, error, failuresToDown)
            : Succeed(health, outcome == CheckOutcome.Degraded ? TargetStatus.Degraded : TargetStatus.Up, successesToUp);
    }

    private static HealthTransition Fail(TargetHealth health, DateTimeOffset checkedAt, string? error, int failuresToDown)
    {
        var failures = health.ConsecutiveFailures + 1;
        var next = health with
        {
            ConsecutiveFailures = failures,
            ConsecutiveSuccesses = 0,
            FailingSince = health.ConsecutiveFailures == 0 ? checkedAt : health.FailingSince,
            FirstError = health.ConsecutiveFailures == 0 ? error : health.FirstError,
        };

        if (health.Status == TargetStatus.Down)
        {
            return new(next, IncidentChange.Extended);
        }

        return failures >= failuresToDown
            ? new(next with { Status = TargetStatus.Down }, IncidentChange.Opened)
            : new(next, IncidentChange.None);
    }

    private static HealthTransition Succeed(TargetHealth health, TargetStatus good, int successesToUp)
    {
        var successes = health.ConsecutiveSuccesses + 1;
        if (health.Status != TargetStatus.Down)
        {
            return new(new(good, 0, successes, null, null), IncidentChange.None);
        }

        // Still down until enough good checks in a row; the failing streak is kept for the incident.
        return successes >= successesToUp
            ? new(new(good, 0, successes, null, null), IncidentChange.Closed)
            : new(health with { ConsecutiveSuccesses = successes }, IncidentChange.None);
    }
}

using WatchDog.Core.Targets;

namespace WatchDog.Core.Incidents;

/// <summary>What the result writer reads of a target to carry its health forward, in one query per batch.</summary>
internal sealed record HealthRow(
    Guid Id,
    string Name,
    TimeSpan Interval,
    TargetStatus Status,
    int ConsecutiveFailures,
    int ConsecutiveSuccesses,
    DateTimeOffset? FailingSince,
    string? FailingFirstError,
    int? FailuresToDown,
    int? SuccessesToUp,
    int? WarmMedianMs,
    DateTimeOffset? LastCheckedAt)
{
    public TargetHealth Health => new(Status, ConsecutiveFailures, ConsecutiveSuccesses, FailingSince, FailingFirstError);
}

using WatchDog.Core.Targets;

namespace WatchDog.Core.Incidents;

/// <summary>
/// What the state machine remembers about a target between checks. It is stored on the target row, so a
/// restarted worker carries on where the last one stopped.
/// </summary>
public readonly record struct TargetHealth(
    TargetStatus Status,
    int ConsecutiveFailures,
    int ConsecutiveSuccesses,
    DateTimeOffset? FailingSince,
    string? FirstError);

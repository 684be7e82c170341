using WatchDog.Core.Checks;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Live;

/// <summary>A check result was written, and the target's last status with it.</summary>
public sealed record CheckRecorded(
    Guid TargetId,
    long CheckId,
    DateTimeOffset DueAt,
    DateTimeOffset StartedAt,
    int DurationMs,
    int? StatusCode,
    CheckOutcome Outcome,
    string? Error,
    int Attempts,
    bool ColdStart,
    TargetStatus TargetStatus);

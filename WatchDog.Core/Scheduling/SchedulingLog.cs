using Microsoft.Extensions.Logging;

namespace WatchDog.Core.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(1, LogLevel.Information,
        "Targets refreshed: {Scheduled} scheduled ({Added} added, {Edited} edited, {Removed} paused or deleted)")]
    public static partial void TargetsRefreshed(ILogger logger, int scheduled, int added, int edited, int removed);

    [LoggerMessage(2, LogLevel.Warning, "Could not reload targets; checking the known ones until the next refresh")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Debug, "Slot {DueAt:o} of target {TargetId} skipped: its previous check is still running")]
    public static partial void SlotSkipped(ILogger logger, Guid targetId, DateTimeOffset dueAt);

    [LoggerMessage(4, LogLevel.Debug, "Check of target {TargetId} for slot {DueAt:o} abandoned: lease lost or stopping")]
    public static partial void CheckAbandoned(ILogger logger, Guid targetId, DateTimeOffset dueAt);

    [LoggerMessage(5, LogLevel.Error, "Check of target {TargetId} for slot {DueAt:o} failed unexpectedly")]
    public static partial void CheckFailed(ILogger logger, Exception exception, Guid targetId, DateTimeOffset dueAt);

    [LoggerMessage(6, LogLevel.Error, "The scheduler loop failed; continuing")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "{Running} checks were still running after {Timeout} at shutdown")]
    public static partial void InFlightTimedOut(ILogger logger, int running, TimeSpan timeout);

    [LoggerMessage(8, LogLevel.Error, "The engine's {Part} failed; continuing")]
    public static partial void EngineFailed(ILogger logger, Exception exception, string part);

    [LoggerMessage(9, LogLevel.Debug, "Slot {DueAt:o} of target {TargetId} skipped: outside its keep-warm window")]
    public static partial void SlotOutsideWindow(ILogger logger, Guid targetId, DateTimeOffset dueAt);
}

using Microsoft.Extensions.Logging;
using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>The checker's log lines. Per-check chatter is Debug: state changes are logged where they are decided.</summary>
internal static partial class ProbingLog
{
    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Debug,
        Message = "Check of target '{TargetId}' ({Host}): attempt {Attempt} failed with {ErrorKind}: {Error}")]
    public static partial void AttemptFailed(
        ILogger logger, Guid targetId, string host, int attempt, CheckErrorKind? errorKind, string? error);

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Debug,
        Message = "Check of target '{TargetId}' ({Host}) is {Outcome} after {Attempts} attempt(s), last took {DurationMs} ms")]
    public static partial void CheckCompleted(
        ILogger logger, Guid targetId, string host, CheckOutcome outcome, int attempts, int durationMs);

    [LoggerMessage(
        EventId = 3,
        Level = LogLevel.Debug,
        Message = "Check of target '{TargetId}' ({Host}) was interrupted by shutdown after {Attempts} attempt(s)")]
    public static partial void CheckInterrupted(ILogger logger, Guid targetId, string host, int attempts);

    [LoggerMessage(
        EventId = 4,
        Level = LogLevel.Error,
        Message = "Check of target '{TargetId}' ({Host}) failed in the checker itself")]
    public static partial void CheckCrashed(ILogger logger, Exception exception, Guid targetId, string host);
}

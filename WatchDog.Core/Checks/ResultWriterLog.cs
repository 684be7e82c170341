using Microsoft.Extensions.Logging;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Checks;

internal static partial class ResultWriterLog
{
    [LoggerMessage(1, LogLevel.Debug, "Wrote {Written} check results ({Skipped} skipped: slot already recorded or target deleted)")]
    public static partial void BatchWritten(ILogger logger, int written, int skipped);

    [LoggerMessage(2, LogLevel.Error, "Writing {Count} check results failed (attempt {Attempt} of {MaxAttempts})")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int count, int attempt, int maxAttempts);

    [LoggerMessage(3, LogLevel.Warning, "Could not publish {Count} recorded checks")]
    public static partial void PublishFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(4, LogLevel.Warning, "{Count} check results were not written before the writer stopped")]
    public static partial void Unwritten(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Information, "Target '{TargetName}' ({TargetId}) is now {To} (was {From})")]
    public static partial void StatusChanged(ILogger logger, string targetName, Guid targetId, TargetStatus from, TargetStatus to);
}

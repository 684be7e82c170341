using Microsoft.Extensions.Logging;

namespace WatchDog.Core.Leasing;

internal static partial class LeasingLog
{
    [LoggerMessage(1, LogLevel.Information,
        "Leadership gained: lease '{LeaseName}' epoch {Epoch} held by '{Holder}'")]
    public static partial void LeadershipGained(ILogger logger, string leaseName, long epoch, string holder);

    [LoggerMessage(2, LogLevel.Information, "Leadership lost: lease '{LeaseName}' epoch {Epoch}: {Reason}")]
    public static partial void LeadershipLost(ILogger logger, string leaseName, long epoch, string reason);

    [LoggerMessage(3, LogLevel.Debug, "Lease '{LeaseName}' is held by another worker for {HeldFor}")]
    public static partial void LeaseBusy(ILogger logger, string leaseName, TimeSpan heldFor);

    [LoggerMessage(4, LogLevel.Warning, "Could not try to acquire lease '{LeaseName}'; retrying")]
    public static partial void AcquireFailed(ILogger logger, Exception exception, string leaseName);

    [LoggerMessage(5, LogLevel.Warning, "Renewal of lease '{LeaseName}' failed; {Remaining} left before it expires")]
    public static partial void RenewFailed(ILogger logger, Exception exception, string leaseName, TimeSpan remaining);

    [LoggerMessage(6, LogLevel.Warning, "Could not release lease '{LeaseName}'; it will expire by itself")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string leaseName);

    [LoggerMessage(7, LogLevel.Error, "The work run under lease '{LeaseName}' failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string leaseName);
}

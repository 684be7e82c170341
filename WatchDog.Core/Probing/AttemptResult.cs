using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>
/// What one attempt (one request and its redirects) ended with. An error kind makes it down; otherwise a failed
/// condition without one (slow answer, expiring certificate) makes it degraded.
/// </summary>
internal sealed record AttemptResult(int? StatusCode, CheckErrorKind? ErrorKind, string? Error, TimeSpan Duration)
{
    /// <summary>A code from <see cref="Conditions.FailedConditions"/>, or null.</summary>
    public string? FailedCondition { get; init; }

    public string? Detail { get; init; }

    public DateTimeOffset? CertificateExpiresAt { get; init; }

    /// <summary>Up or degraded: the target answered as its down conditions require.</summary>
    public bool IsSuccess => ErrorKind is null;

    public CheckOutcome Outcome => ErrorKind is not null
        ? CheckOutcome.Down
        : FailedCondition is null ? CheckOutcome.Up : CheckOutcome.Degraded;
}

namespace WatchDog.Core.Checks;

/// <summary>One check of one target for one scheduled slot, after all its retries.</summary>
public sealed class CheckResult
{
    public long Id { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>The slot the check was scheduled for; (TargetId, DueAt) is unique.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Response time of the last attempt, in milliseconds.</summary>
    public int DurationMs { get; set; }

    public int? StatusCode { get; set; }

    public CheckOutcome Outcome { get; set; }

    public CheckErrorKind? ErrorKind { get; set; }

    public string? Error { get; set; }

    public int Attempts { get; set; }

    /// <summary>True when an attempt failed and a retry then succeeded: the target was waking up.</summary>
    public bool ColdStart { get; set; }

    /// <summary>
    /// The condition that failed, as a code from <see cref="Conditions.FailedConditions"/> (status, keyword, json,
    /// responseTime, certificate); null when all held or when no answer came.
    /// </summary>
    public string? FailedCondition { get; set; }

    /// <summary>What the failed condition saw, such as "status 503 not in 200-399" or "response 2350 ms over 2000 ms".</summary>
    public string? Detail { get; set; }

    /// <summary>The earliest expiry among the certificates the server presented (HTTPS only).</summary>
    public DateTimeOffset? CertificateExpiresAt { get; set; }

    /// <summary>The fencing number of the lease under which the check ran.</summary>
    public long LeaseEpoch { get; set; }
}

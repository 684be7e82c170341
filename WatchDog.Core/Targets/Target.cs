using WatchDog.Core.Conditions;

namespace WatchDog.Core.Targets;

/// <summary>A URL that WatchDog keeps warm and watches.</summary>
public sealed class Target
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Url { get; set; }

    /// <summary>How often the target is checked; slots are <c>anchor + k × Interval</c>.</summary>
    public TimeSpan Interval { get; set; }

    /// <summary>False while the target is paused.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The outcome of the last check; <see cref="TargetStatus.Pending"/> before the first one.</summary>
    public TargetStatus Status { get; set; } = TargetStatus.Pending;

    public DateTimeOffset? LastCheckedAt { get; set; }

    public int? LastResponseTimeMs { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    /// <summary>Failed checks in a row (after retries); reset by a good check.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Good checks in a row; reset by a failed check.</summary>
    public int ConsecutiveSuccesses { get; set; }

    /// <summary>Start of the first failed check of the current failing streak; null while not failing.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    /// <summary>The error of the first failed check of the current streak: the incident's first error.</summary>
    public string? FailingFirstError { get; set; }

    /// <summary>Failed checks in a row that make the target down; null uses <c>WatchDog:Checks:FailuresToDown</c>.</summary>
    public int? FailuresToDown { get; set; }

    /// <summary>Good checks in a row that bring it back up; null uses <c>WatchDog:Checks:SuccessesToUp</c>.</summary>
    public int? SuccessesToUp { get; set; }

    /// <summary>Running estimate of the warm response time (good checks that were not cold starts).</summary>
    public int? WarmMedianMs { get; set; }

    /// <summary>Hosting platform preset id (<c>render</c>, <c>heroku-eco</c>, <c>railway</c>, <c>fly</c>), or null.</summary>
    public string? Platform { get; set; }

    /// <summary>
    /// Optional 5-field cron expression naming the minutes in which checks run (e.g. <c>* 8-19 * * 1-5</c>);
    /// slots outside are skipped. Null checks around the clock.
    /// </summary>
    public string? KeepWarmSchedule { get; set; }

    /// <summary>IANA time zone of <see cref="KeepWarmSchedule"/> (e.g. <c>Europe/Berlin</c>); null means UTC.</summary>
    public string? KeepWarmTimeZone { get; set; }

    /// <summary>How the target is requested and what its answer must satisfy; stored as one JSON column.</summary>
    public TargetCheckSettings CheckSettings { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What a person sees: paused wins over the last outcome.</summary>
    public TargetStatus DisplayStatus => IsActive ? Status : TargetStatus.Paused;
}

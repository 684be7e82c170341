namespace WatchDog.Core.Incidents;

/// <summary>One down period of a target: from the first failed check that took it down until it came back.</summary>
public sealed class Incident
{
    public long Id { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>Start of the first failed check of the streak that took the target down.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Start of the check that brought the target back; null while the incident is open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public string? FirstError { get; set; }

    public int FailedChecks { get; set; }

    public TimeSpan? Duration => EndedAt - StartedAt;
}

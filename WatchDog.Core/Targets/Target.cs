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

    /// <summary>How the target is requested and what its answer must satisfy; stored as one JSON column.</summary>
    public TargetCheckSettings CheckSettings { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What a person sees: paused wins over the last outcome.</summary>
    public TargetStatus DisplayStatus => IsActive ? Status : TargetStatus.Paused;
}

using System.ComponentModel.DataAnnotations;

namespace WatchDog.Core.Checks;

/// <summary>Settings under <c>WatchDog:Checks</c>: how targets are checked unless they say otherwise.</summary>
public sealed class CheckOptions
{
    public const string SectionName = "WatchDog:Checks";

    /// <summary>Interval of a target added without one. Default 5 minutes.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Shortest interval a target may have. Default 10 seconds.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest interval a target may have. Default 1 day.</summary>
    public TimeSpan MaximumInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Time allowed for one attempt, from connect to the last byte read. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a failed attempt before the check counts as down. Default 3.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>Wait before the first retry; each later retry waits twice as long. Default 15 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Redirects followed before the check fails. Default 10.</summary>
    [Range(0, 50)]
    public int MaxRedirects { get; set; } = 10;

    /// <summary>Failed checks in a row (each after its retries) before a target is down. Default 1.</summary>
    [Range(1, Targets.TargetLimits.MaxStreakThreshold)]
    public int FailuresToDown { get; set; } = 1;

    /// <summary>Good checks in a row before a down target is up again. Default 1.</summary>
    [Range(1, Targets.TargetLimits.MaxStreakThreshold)]
    public int SuccessesToUp { get; set; } = 1;
}

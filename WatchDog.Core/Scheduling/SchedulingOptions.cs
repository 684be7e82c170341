namespace WatchDog.Core.Scheduling;

/// <summary>Settings under <c>WatchDog:Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "WatchDog:Scheduling";

    /// <summary>Checks one worker runs at the same time; more due checks wait for a free place. Default 64.</summary>
    public int MaxConcurrentChecks { get; set; } = 64;

    /// <summary>
    /// How often the target list is reloaded from the database. Default 5 seconds. With Redis a change
    /// signal from the dashboard reloads it at once as well.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}

namespace WatchDog.Core.Probing;

/// <summary>
/// Marks the requests the checker sends to targets, so HTTP client tracing can leave them out: a target is
/// a third party and gets none of WatchDog's trace headers (each check has a span of its own instead).
/// </summary>
public static class ProbeRequests
{
    /// <summary>The option's name; <c>WatchDog.ServiceDefaults</c> filters on it without referencing this library.</summary>
    public const string MarkerName = "watchdog.probe";

    public static readonly HttpRequestOptionsKey<bool> Marker = new(MarkerName);
}

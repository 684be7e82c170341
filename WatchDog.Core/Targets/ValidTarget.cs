namespace WatchDog.Core.Targets;

/// <summary>A target's editable fields after validation: trimmed, defaults filled in.</summary>
public sealed record ValidTarget(string Url, string Name, TimeSpan Interval);

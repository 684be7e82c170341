namespace WatchDog.Core.Targets;

/// <summary>
/// What a person typed when adding or editing a target, before validation. The shape matches the API
/// body (<c>url</c>, <c>name</c>, <c>intervalSeconds</c>) so that error keys are the same everywhere.
/// </summary>
public sealed record TargetInput(string? Url, string? Name = null, double? IntervalSeconds = null);

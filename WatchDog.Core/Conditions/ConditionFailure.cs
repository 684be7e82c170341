namespace WatchDog.Core.Conditions;

/// <summary>
/// A condition that did not hold: its code (<see cref="FailedConditions"/>), what was seen, in words a person reads
/// at a glance, and whether it only degrades the check (slow answer, expiring certificate) or makes it down.
/// </summary>
public sealed record ConditionFailure(string Condition, string Detail, bool Degrades);

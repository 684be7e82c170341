namespace WatchDog.Core.Incidents;

/// <summary>What one check changed: the new health, and whether an incident opened, grew or closed.</summary>
public readonly record struct HealthTransition(TargetHealth Health, IncidentChange Change);

namespace WatchDog.Core.Probing;

/// <summary>What the scheduler hands the checker: which target, where, and for which slot.</summary>
public sealed record CheckRequest(Guid TargetId, string Url, DateTimeOffset DueAt);

using WatchDog.Core.Targets;

namespace WatchDog.Core.Incidents;

/// <summary>A target's shown state changed with a written batch (for logs and notifications).</summary>
public sealed record StatusChange(Guid TargetId, string TargetName, TargetStatus From, TargetStatus To, DateTimeOffset At);

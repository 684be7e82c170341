using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>
/// What the scheduler hands the checker: which target, where, for which slot, and the target's own request and
/// conditions (null: the defaults, a GET judged by status 200-399).
/// </summary>
public sealed record CheckRequest(Guid TargetId, string Url, DateTimeOffset DueAt, TargetCheckSettings? Settings = null);

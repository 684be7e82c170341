using WatchDog.Core.Conditions;

namespace WatchDog.Core.Scheduling;

/// <summary>What the scheduler needs of an active target, read without tracking.</summary>
internal sealed record TargetSnapshot(
    Guid Id,
    string Url,
    TimeSpan Interval,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastCheckedAt,
    string? KeepWarmSchedule = null,
    string? KeepWarmTimeZone = null,
    TargetCheckSettings? CheckSettings = null);

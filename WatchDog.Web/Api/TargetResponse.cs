using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

public sealed record TargetResponse(
    Guid Id,
    string Name,
    string Url,
    long IntervalSeconds,
    bool IsActive,
    TargetStatus Status,
    DateTimeOffset? LastCheckedAt,
    int? LastResponseTimeMs,
    int? LastStatusCode,
    DateTimeOffset CreatedAt)
{
    public static TargetResponse From(Target target) => new(
        target.Id,
        target.Name,
        target.Url,
        (long)target.Interval.TotalSeconds,
        target.IsActive,
        target.DisplayStatus,
        target.LastCheckedAt,
        target.LastResponseTimeMs,
        target.LastStatusCode,
        target.CreatedAt);
}

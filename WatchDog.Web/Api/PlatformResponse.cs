using WatchDog.Core.KeepWarm;

namespace WatchDog.Web.Api;

/// <summary>A platform preset of <c>GET /api/platforms</c>.</summary>
public sealed record PlatformResponse(
    string Id,
    string Name,
    long IntervalSeconds,
    long IdleLimitSeconds,
    string Reason,
    double? FreeHoursPerMonth,
    string? AllowanceNote)
{
    public static PlatformResponse From(PlatformPreset preset) => new(
        preset.Id,
        preset.Name,
        (long)preset.Interval.TotalSeconds,
        (long)preset.IdleLimit.TotalSeconds,
        preset.Reason,
        preset.FreeHoursPerMonth,
        preset.AllowanceNote);
}

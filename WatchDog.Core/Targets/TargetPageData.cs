using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Incidents;
using WatchDog.Core.KeepWarm;

namespace WatchDog.Core.Targets;

/// <summary>Everything the target page shows, read in one go.</summary>
public sealed record TargetPageData(
    Target Target,
    IReadOnlyList<CheckResult> RecentChecks,
    IReadOnlyDictionary<string, UptimeSummary> Uptime,
    IReadOnlyList<CheckRollup> Hourly,
    IReadOnlyList<CheckRollup> Daily,
    IReadOnlyList<Incident> Incidents,
    ColdStartCounts ColdStarts,
    DateTimeOffset? CertificateExpiresAt,
    KeepWarmEstimate? KeepWarm,
    DateTimeOffset LoadedAt);

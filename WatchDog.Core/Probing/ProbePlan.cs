using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>One check's settings resolved against the global ones: what every attempt of it sends and judges.</summary>
internal sealed record ProbePlan(
    TargetCheckSettings Settings,
    CompiledConditions Conditions,
    HttpClient Client,
    TimeSpan Timeout,
    int MaxRedirects,
    int Retries);

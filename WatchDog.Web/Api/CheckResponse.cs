using WatchDog.Core.Checks;

namespace WatchDog.Web.Api;

public sealed record CheckResponse(
    DateTimeOffset DueAt,
    DateTimeOffset StartedAt,
    int DurationMs,
    int? StatusCode,
    CheckOutcome Outcome,
    string? Error,
    int Attempts,
    bool ColdStart)
{
    public static CheckResponse From(CheckResult check) => new(
        check.DueAt,
        check.StartedAt,
        check.DurationMs,
        check.StatusCode,
        check.Outcome,
        check.Error,
        check.Attempts,
        check.ColdStart);
}

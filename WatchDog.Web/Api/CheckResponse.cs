using WatchDog.Core.Checks;

namespace WatchDog.Web.Api;

/// <summary>One check; <c>failedCondition</c> and <c>detail</c> say why it was down or degraded.</summary>
public sealed record CheckResponse(
    DateTimeOffset DueAt,
    DateTimeOffset StartedAt,
    int DurationMs,
    int? StatusCode,
    CheckOutcome Outcome,
    string? Error,
    int Attempts,
    bool ColdStart,
    string? FailedCondition,
    string? Detail,
    DateTimeOffset? CertificateExpiresAt,
    CheckErrorKind? ErrorKind)
{
    public static CheckResponse From(CheckResult check) => new(
        check.DueAt,
        check.StartedAt,
        check.DurationMs,
        check.StatusCode,
        check.Outcome,
        check.Error,
        check.Attempts,
        check.ColdStart,
        check.FailedCondition,
        check.Detail,
        check.CertificateExpiresAt,
        check.ErrorKind);
}

using System.Diagnostics;
using WatchDog.Core.Checks;
using WatchDog.Core.Telemetry;

namespace WatchDog.Core.Probing;

/// <summary>The span and metrics of one check, recorded through <see cref="WorkerTelemetry"/>.</summary>
internal static class CheckTelemetry
{
    public const string ActivityName = "check";

    public const string TargetIdTag = "watchdog.target.id";

    public const string HostTag = "url.host";

    public const string OutcomeTag = "watchdog.check.outcome";

    public const string AttemptsTag = "watchdog.check.attempts";

    public const string ColdStartTag = "watchdog.check.cold_start";

    public const string StatusCodeTag = "http.response.status_code";

    public const string ErrorKindTag = "watchdog.check.error_kind";

    public static Activity? Start(CheckRun run)
    {
        var activity = WorkerTelemetry.ActivitySource.StartActivity(ActivityName);
        activity?.SetTag(TargetIdTag, run.Request.TargetId.ToString());
        activity?.SetTag(HostTag, run.Host);
        return activity;
    }

    /// <summary>
    /// Tags the span and, unless the check was interrupted by shutdown, counts it: an interrupted check says
    /// nothing about the target, so it is kept out of the outcome metrics.
    /// </summary>
    public static void Complete(Activity? activity, CheckResult result, bool interrupted)
    {
        var outcome = interrupted ? "interrupted" : result.Outcome switch
        {
            CheckOutcome.Up => "up",
            CheckOutcome.Degraded => "degraded",
            _ => "down",
        };
        if (activity is not null)
        {
            activity.SetTag(OutcomeTag, outcome);
            activity.SetTag(AttemptsTag, result.Attempts);
            activity.SetTag(ColdStartTag, result.ColdStart);
            activity.SetTag(StatusCodeTag, result.StatusCode);
            activity.SetTag(ErrorKindTag, result.ErrorKind?.ToString());
            if (result.Outcome == CheckOutcome.Down)
            {
                activity.SetStatus(ActivityStatusCode.Error, result.Error);
            }
        }

        if (interrupted)
        {
            return;
        }

        WorkerTelemetry.Checks.Add(
            1,
            new KeyValuePair<string, object?>("outcome", outcome),
            new KeyValuePair<string, object?>("cold_start", result.ColdStart));
        WorkerTelemetry.CheckDuration.Record(
            result.DurationMs,
            new KeyValuePair<string, object?>("outcome", outcome));
    }
}

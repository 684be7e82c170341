using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>The state of one check while its attempts run, and the <see cref="CheckResult"/> made from it.</summary>
internal sealed class CheckRun
{
    private readonly TimeProvider _time;

    private long _attemptStarted;

    private AttemptResult? _last;

    public CheckRun(CheckRequest request, TimeProvider time)
    {
        _time = time;
        Request = request;
        StartedAt = time.GetUtcNow();
        _attemptStarted = time.GetTimestamp();
        if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            Url = url;
        }

        Host = Url?.Host ?? "invalid url";
    }

    public CheckRequest Request { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The target's URL, or null when it is not an absolute http(s) URL.</summary>
    public Uri? Url { get; }

    public string Host { get; }

    public int Attempts { get; private set; }

    public void BeginAttempt()
    {
        Attempts++;
        _attemptStarted = _time.GetTimestamp();
    }

    public void Record(AttemptResult attempt)
    {
        Attempts = Math.Max(Attempts, 1);
        _last = attempt;
    }

    public CheckResult ToResult()
    {
        var last = _last ?? new AttemptResult(null, CheckErrorKind.Unexpected, "no attempt was made", TimeSpan.Zero);
        var good = last.IsSuccess;
        return new CheckResult
        {
            TargetId = Request.TargetId,
            DueAt = Request.DueAt,
            StartedAt = StartedAt,
            DurationMs = ToMilliseconds(last.Duration),
            StatusCode = last.StatusCode,
            Outcome = last.Outcome,
            ErrorKind = last.ErrorKind,
            Error = Truncate(last.Error),
            FailedCondition = last.FailedCondition,
            Detail = Truncate(last.Detail),
            CertificateExpiresAt = last.CertificateExpiresAt,
            Attempts = Attempts,

            // Retries only follow failures, so an answer on a later attempt means the target was waking up.
            ColdStart = good && Attempts > 1,
        };
    }

    public CheckResult ToInterruptedResult() => new()
    {
        TargetId = Request.TargetId,
        DueAt = Request.DueAt,
        StartedAt = StartedAt,
        DurationMs = ToMilliseconds(_time.GetElapsedTime(_attemptStarted)),
        Outcome = CheckOutcome.Down,
        ErrorKind = CheckErrorKind.Unexpected,
        Error = CheckInterruption.Error,
        Attempts = Attempts,
    };

    private static int ToMilliseconds(TimeSpan duration) =>
        (int)Math.Clamp(Math.Round(duration.TotalMilliseconds), 0, int.MaxValue);

    private static string? Truncate(string? error) =>
        error is { Length: > CheckLimits.ErrorMaxLength } ? error[..CheckLimits.ErrorMaxLength] : error;
}

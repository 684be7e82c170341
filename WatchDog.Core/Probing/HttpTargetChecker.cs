using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>
/// Checks one target for one slot over HTTP: attempts through <see cref="HttpProbe"/>, retried with exponential
/// backoff through Polly, turned into one <see cref="CheckResult"/>. When the caller's token is cancelled
/// (shutdown) it returns a Down result whose error is <see cref="CheckInterruption.Error"/> rather than throwing.
/// </summary>
internal sealed class HttpTargetChecker : ITargetChecker
{
    public const string HttpClientKey = "WatchDog.Probing";

    private readonly HttpProbe _probe;

    private readonly ResiliencePipeline<AttemptResult> _pipeline;

    private readonly TimeProvider _time;

    private readonly ILogger<HttpTargetChecker> _logger;

    public HttpTargetChecker(
        [FromKeyedServices(HttpClientKey)] HttpClient client,
        IOptions<CheckOptions> checkOptions,
        IOptions<ProbingOptions> probingOptions,
        TimeProvider time,
        ILogger<HttpTargetChecker> logger)
    {
        _probe = new HttpProbe(client, checkOptions.Value, probingOptions.Value, time);
        _pipeline = BuildPipeline(checkOptions.Value, time);
        _time = time;
        _logger = logger;
    }

    public async Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new CheckRun(request, _time);
        using var activity = CheckTelemetry.Start(run);
        try
        {
            if (run.Url is null)
            {
                run.Record(new AttemptResult(null, CheckErrorKind.Blocked,
                    $"'{request.Url}' is not an absolute http or https URL", TimeSpan.Zero));
            }
            else
            {
                await _pipeline.ExecuteAsync(
                    static (state, token) => state.Checker.AttemptAsync(state.Run, token),
                    (Checker: this, Run: run),
                    cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ProbingLog.CheckInterrupted(_logger, request.TargetId, run.Host, run.Attempts);
            var interrupted = run.ToInterruptedResult();
            CheckTelemetry.Complete(activity, interrupted, interrupted: true);
            return interrupted;
        }
        catch (Exception ex)
        {
            // The probe turns every failure of the target into a result; landing here is a bug of ours, and the
            // scheduler still gets a row saying so rather than an exception.
            ProbingLog.CheckCrashed(_logger, ex, request.TargetId, run.Host);
            run.Record(new AttemptResult(null, CheckErrorKind.Unexpected, ex.Message, TimeSpan.Zero));
        }

        var result = run.ToResult();
        ProbingLog.CheckCompleted(_logger, request.TargetId, run.Host, result.Outcome, result.Attempts, result.DurationMs);
        CheckTelemetry.Complete(activity, result, interrupted: false);
        return result;
    }

    private async ValueTask<AttemptResult> AttemptAsync(CheckRun run, CancellationToken cancellationToken)
    {
        run.BeginAttempt();
        var attempt = await _probe.RunAsync(run.Url!, cancellationToken);
        run.Record(attempt);
        if (!attempt.IsSuccess)
        {
            ProbingLog.AttemptFailed(_logger, run.Request.TargetId, run.Host, run.Attempts, attempt.ErrorKind, attempt.Error);
        }

        return attempt;
    }

    private static ResiliencePipeline<AttemptResult> BuildPipeline(CheckOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = time };

        // Polly refuses a retry strategy with zero attempts, so "no retries" is simply no strategy.
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,

                // A refused address or scheme gives the same answer every time: retrying only wastes the slot.
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Result is { IsSuccess: false, ErrorKind: not CheckErrorKind.Blocked }),
            });
        }

        return builder.Build();
    }
}

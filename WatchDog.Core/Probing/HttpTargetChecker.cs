using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>
/// Checks one target for one slot over HTTP: attempts through <see cref="HttpProbe"/> with the target's own
/// request and conditions, down attempts retried with exponential backoff through Polly (degraded ones are not:
/// the target answered), turned into one <see cref="CheckResult"/>. When the caller's token is cancelled
/// (shutdown) it returns a Down result whose error is <see cref="CheckInterruption.Error"/> rather than throwing.
/// </summary>
internal sealed class HttpTargetChecker : ITargetChecker
{
    public const string HttpClientKey = "WatchDog.Probing";

    /// <summary>The client for targets with <see cref="TargetCheckSettings.IgnoreTlsErrors"/>; same address guard.</summary>
    public const string IgnoreTlsErrorsHttpClientKey = "WatchDog.Probing.IgnoreTlsErrors";

    private static readonly TargetCheckSettings s_defaults = new();

    private readonly HttpClient _client;

    private readonly HttpClient _ignoreTlsErrorsClient;

    private readonly HttpProbe _probe;

    private readonly CheckOptions _options;

    // One pipeline per retry count (0 to the validator's limit), built when first needed.
    private readonly ResiliencePipeline<AttemptResult>?[] _pipelines =
        new ResiliencePipeline<AttemptResult>?[TargetCheckSettingsValidator.RetriesLimit + 1];

    private readonly TimeProvider _time;

    private readonly ILogger<HttpTargetChecker> _logger;

    public HttpTargetChecker(
        [FromKeyedServices(HttpClientKey)] HttpClient client,
        [FromKeyedServices(IgnoreTlsErrorsHttpClientKey)] HttpClient ignoreTlsErrorsClient,
        CertificateLedger ledger,
        IOptions<CheckOptions> checkOptions,
        IOptions<ProbingOptions> probingOptions,
        TimeProvider time,
        ILogger<HttpTargetChecker> logger)
    {
        _client = client;
        _ignoreTlsErrorsClient = ignoreTlsErrorsClient;
        _options = checkOptions.Value;
        _probe = new HttpProbe(probingOptions.Value, ledger, time);
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
            var settings = request.Settings ?? s_defaults;
            if (run.Url is null)
            {
                run.Record(new AttemptResult(null, CheckErrorKind.Blocked,
                    $"'{request.Url}' is not an absolute http or https URL", TimeSpan.Zero));
            }
            else if (!CompiledConditions.TryCompile(settings, out var conditions, out var invalid))
            {
                // Saved settings pass the validator; reaching this means they were written some other way.
                run.Record(new AttemptResult(null, CheckErrorKind.Unexpected, $"invalid settings: {invalid}", TimeSpan.Zero));
            }
            else
            {
                var plan = Plan(settings, conditions);
                await Pipeline(plan.Retries).ExecuteAsync(
                    static (state, token) => state.Checker.AttemptAsync(state.Run, state.Plan, token),
                    (Checker: this, Run: run, Plan: plan),
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

    private ProbePlan Plan(TargetCheckSettings settings, CompiledConditions conditions) => new(
        settings,
        conditions,
        settings.IgnoreTlsErrors ? _ignoreTlsErrorsClient : _client,
        settings.Timeout ?? _options.Timeout,
        settings.MaxRedirects ?? _options.MaxRedirects,
        Math.Clamp(settings.Retries ?? _options.Retries, 0, TargetCheckSettingsValidator.RetriesLimit));

    private async ValueTask<AttemptResult> AttemptAsync(CheckRun run, ProbePlan plan, CancellationToken cancellationToken)
    {
        run.BeginAttempt();
        var attempt = await _probe.RunAsync(run.Url!, plan, cancellationToken);
        run.Record(attempt);
        if (!attempt.IsSuccess)
        {
            ProbingLog.AttemptFailed(_logger, run.Request.TargetId, run.Host, run.Attempts, attempt.ErrorKind, attempt.Error);
        }

        return attempt;
    }

    private ResiliencePipeline<AttemptResult> Pipeline(int retries) =>
        _pipelines[retries] ??= BuildPipeline(retries, _options.RetryDelay, _time);

    private static ResiliencePipeline<AttemptResult> BuildPipeline(int retries, TimeSpan delay, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = time };

        // Polly refuses a retry strategy with zero attempts, so "no retries" is simply no strategy.
        if (retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = retries,
                Delay = delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,

                // A refused address or scheme gives the same answer every time: retrying only wastes the slot.
                // A degraded answer is an answer, so it is not retried either.
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Result is { IsSuccess: false, ErrorKind: not CheckErrorKind.Blocked }),
            });
        }

        return builder.Build();
    }
}

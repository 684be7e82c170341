using System.Security.Authentication;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>
/// One attempt of a check: the target's request, its redirects followed by hand (or not, as the target says),
/// each body read no further than allowed, all within the attempt's timeout, and the answer judged by the
/// target's conditions. Every failure of the target becomes an <see cref="AttemptResult"/>; only the caller's
/// cancellation is thrown.
/// </summary>
internal sealed class HttpProbe(ProbingOptions probing, CertificateLedger ledger, TimeProvider time)
{
    public async ValueTask<AttemptResult> RunAsync(Uri url, ProbePlan plan, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(plan.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        // Outside the redirect loop so that a failure while reading a body still reports the status its headers
        // carried, and the certificates of the hosts reached so far.
        var trail = new ProbeTrail();
        try
        {
            var answer = await FollowAsync(url, plan, trail, linked.Token);
            return Judge(answer, plan, time.GetElapsedTime(started), trail);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var (kind, error) = Classify(ex, timeout.IsCancellationRequested, plan.Timeout);
            var handshook = trail.Status is not null || FindInChain<AuthenticationException>(ex) is not null;
            return new AttemptResult(trail.Status, kind, error, time.GetElapsedTime(started))
            {
                CertificateExpiresAt = handshook ? EarliestCertificate(trail)?.NotAfter : null,
            };
        }
    }

    private AttemptResult Judge(Answer answer, ProbePlan plan, TimeSpan elapsed, ProbeTrail trail)
    {
        var certificate = EarliestCertificate(trail);
        var result = new AttemptResult(answer.Status, answer.Kind, answer.Error, elapsed)
        {
            CertificateExpiresAt = certificate?.NotAfter,
        };
        if (answer.Kind is not null)
        {
            return result;
        }

        if (plan.Conditions.CheckStatus(answer.Status) is { } status)
        {
            return result with
            {
                ErrorKind = CheckErrorKind.HttpStatus,
                Error = $"HTTP {answer.Status} {answer.Reason}".TrimEnd(),
                FailedCondition = status.Condition,
                Detail = status.Detail,
            };
        }

        var failure = (answer.Body is { } body ? plan.Conditions.CheckBody(body, answer.Truncated) : null)
            ?? plan.Conditions.CheckDegrading(elapsed, certificate, time.GetUtcNow());
        return failure switch
        {
            null => result,
            { Degrades: true } => result with { FailedCondition = failure.Condition, Detail = failure.Detail },
            _ => result with
            {
                ErrorKind = CheckErrorKind.Condition,
                Error = failure.Detail,
                FailedCondition = failure.Condition,
                Detail = failure.Detail,
            },
        };
    }

    private async Task<Answer> FollowAsync(Uri url, ProbePlan plan, ProbeTrail trail, CancellationToken token)
    {
        var settings = plan.Settings;
        var method = new HttpMethod(settings.Method.Trim().ToUpperInvariant());
        var sendBody = true;
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            trail.Status = null;
            trail.Visit(current);
            using var request = ProbeRequestBuilder.Build(
                current, method, sendBody, ProbeRequestBuilder.IsSameOrigin(url, current), settings);
            using var response = await plan.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var status = (int)response.StatusCode;
            trail.Status = status;
            var location = settings.FollowRedirects && IsRedirect(status) ? response.Headers.Location : null;
            var keep = location is null && plan.Conditions.NeedsBody;
            var (body, truncated) = await BodyReader.ReadAsync(response, probing.MaxBodyBytes, keep, token);

            if (location is null)
            {
                return new Answer(status, response.ReasonPhrase, body, truncated, null, null);
            }

            var next = location.IsAbsoluteUri ? location : new Uri(current, location);
            if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            {
                return Answer.Failed(status, CheckErrorKind.Blocked,
                    $"redirect from {current} to '{next}' refused: only http and https are followed");
            }

            if (redirects >= plan.MaxRedirects)
            {
                return Answer.Failed(status, CheckErrorKind.TooManyRedirects,
                    $"more than {plan.MaxRedirects} redirects (last to {next})");
            }

            if (trail.HasVisited(next))
            {
                return Answer.Failed(status, CheckErrorKind.TooManyRedirects, $"redirect loop: {current} leads back to {next}");
            }

            (method, sendBody) = ProbeRequestBuilder.AfterRedirect(status, method, sendBody);
            current = next;
        }
    }

    // Every HTTPS host the attempt reached must keep its certificate valid for a visitor to get through.
    private CertificateExpiry? EarliestCertificate(ProbeTrail trail) =>
        trail.HttpsHosts
            .Select(ledger.Find)
            .Where(c => c is not null)
            .MinBy(c => c!.NotAfter);

    private static (CheckErrorKind Kind, string Error) Classify(Exception ex, bool timedOut, TimeSpan timeout)
    {
        if (FindInChain<AddressBlockedException>(ex) is { } blocked)
        {
            return (CheckErrorKind.Blocked, blocked.Message);
        }

        if (timedOut && ex is OperationCanceledException)
        {
            return (CheckErrorKind.Timeout, $"no complete answer within {timeout.TotalSeconds:0.###} s");
        }

        if (FindInChain<InvalidDataException>(ex) is { } undecodable)
        {
            return (CheckErrorKind.Unexpected, $"the response body could not be decoded: {undecodable.Message}");
        }

        return ex is HttpRequestException or IOException
            ? (CheckErrorKind.Connection, Describe(ex))
            : (CheckErrorKind.Unexpected, Describe(ex));
    }

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    private static T? FindInChain<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T match)
            {
                return match;
            }
        }

        return null;
    }

    // HttpRequestException's own text is often generic ("An error occurred while sending the request"); the
    // innermost cause (connection refused, name not known) is what a person needs to read.
    private static string Describe(Exception ex)
    {
        var innermost = ex;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return ReferenceEquals(innermost, ex) ? ex.Message : $"{ex.Message} ({innermost.Message})";
    }

    private readonly record struct Answer(
        int Status,
        string? Reason,
        string? Body,
        bool Truncated,
        CheckErrorKind? Kind,
        string? Error)
    {
        public static Answer Failed(int status, CheckErrorKind kind, string error) =>
            new(status, null, null, false, kind, error);
    }
}

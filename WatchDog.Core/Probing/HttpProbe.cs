using System.Buffers;
using System.Runtime.CompilerServices;
using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>
/// One attempt of a check: a GET, its redirects followed by hand, each body read no further than allowed, all
/// within the attempt's timeout. Every failure of the target becomes an <see cref="AttemptResult"/>; only the
/// caller's cancellation is thrown.
/// </summary>
internal sealed class HttpProbe(HttpClient client, CheckOptions checks, ProbingOptions probing, TimeProvider time)
{
    private const int ReadBufferSize = 16 * 1024;

    public async ValueTask<AttemptResult> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(checks.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        // Outside the redirect loop so that a failure while reading a body still reports the status its headers carried.
        var lastStatus = new StrongBox<int?>();
        try
        {
            var (status, kind, error) = await FollowAsync(url, lastStatus, linked.Token);
            return new AttemptResult(status, kind, error, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var (kind, error) = Classify(ex, timeout.IsCancellationRequested);
            return new AttemptResult(lastStatus.Value, kind, error, time.GetElapsedTime(started));
        }
    }

    private async Task<(int? Status, CheckErrorKind? Kind, string? Error)> FollowAsync(
        Uri url,
        StrongBox<int?> lastStatus,
        CancellationToken token)
    {
        var visited = new HashSet<Uri> { url };
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            lastStatus.Value = null;
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var status = (int)response.StatusCode;
            lastStatus.Value = status;
            await ReadBoundedBodyAsync(response, token);

            if (IsRedirect(status) && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                {
                    return (status, CheckErrorKind.Blocked,
                        $"redirect from {current} to '{next}' refused: only http and https are followed");
                }

                if (redirects >= checks.MaxRedirects)
                {
                    return (status, CheckErrorKind.TooManyRedirects,
                        $"more than {checks.MaxRedirects} redirects (last to {next})");
                }

                if (!visited.Add(next))
                {
                    return (status, CheckErrorKind.TooManyRedirects, $"redirect loop: {current} leads back to {next}");
                }

                current = next;
                continue;
            }

            return status is >= 200 and <= 399
                ? (status, null, null)
                : (status, CheckErrorKind.HttpStatus, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
    }

    private async Task ReadBoundedBodyAsync(HttpResponseMessage response, CancellationToken token)
    {
        var limit = probing.MaxBodyBytes;
        if (limit == 0)
        {
            return;
        }

        await using var body = await response.Content.ReadAsStreamAsync(token);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ReadBufferSize, limit));
        try
        {
            var total = 0;
            while (total < limit)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, limit - total)), token);
                if (read == 0)
                {
                    return;
                }

                total += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private (CheckErrorKind Kind, string Error) Classify(Exception ex, bool timedOut)
    {
        if (FindInChain<AddressBlockedException>(ex) is { } blocked)
        {
            return (CheckErrorKind.Blocked, blocked.Message);
        }

        if (timedOut && ex is OperationCanceledException)
        {
            return (CheckErrorKind.Timeout, $"no complete answer within {checks.Timeout.TotalSeconds:0.###} s");
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
}

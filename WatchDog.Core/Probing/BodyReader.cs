using System.Buffers;
using System.Text;

namespace WatchDog.Core.Probing;

/// <summary>
/// Reads a response body no further than <see cref="ProbingOptions.MaxBodyBytes"/>. Reading it at all makes the
/// response time include the body and catches bodies that cannot be decoded; keeping it is only for conditions.
/// </summary>
internal static class BodyReader
{
    private const int ReadBufferSize = 16 * 1024;

    /// <summary>Returns the decoded text when <paramref name="keep"/>, and whether the read stopped at the limit.</summary>
    public static async Task<(string? Text, bool Truncated)> ReadAsync(
        HttpResponseMessage response,
        int limit,
        bool keep,
        CancellationToken token)
    {
        if (limit == 0)
        {
            return (keep ? "" : null, true);
        }

        await using var body = await response.Content.ReadAsStreamAsync(token);
        using var kept = keep ? new MemoryStream() : null;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ReadBufferSize, limit));
        try
        {
            var total = 0;
            while (total < limit)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, limit - total)), token);
                if (read == 0)
                {
                    break;
                }

                kept?.Write(buffer, 0, read);
                total += read;
            }

            return (kept is null ? null : Decode(kept, response), total >= limit);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Decode(MemoryStream bytes, HttpResponseMessage response)
    {
        var encoding = Encoding.UTF8;
        if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset is read as UTF-8, which most such answers are anyway.
            }
        }

        return encoding.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}

using WatchDog.Core.Checks;

namespace WatchDog.Core.Probing;

/// <summary>What one attempt (one request and its redirects) ended with.</summary>
internal readonly record struct AttemptResult(int? StatusCode, CheckErrorKind? ErrorKind, string? Error, TimeSpan Duration)
{
    public bool IsSuccess => ErrorKind is null;
}

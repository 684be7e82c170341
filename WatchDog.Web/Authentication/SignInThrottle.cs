using System.Threading.RateLimiting;

namespace WatchDog.Web.Authentication;

/// <summary>
/// Limits failed sign-ins per client address, for the login form and HTTP Basic alike, so the admin
/// password cannot be guessed at speed. Once <see cref="FailuresAllowed"/> failures fall within
/// <see cref="Window"/>, every attempt from that address is refused until the window passes, even with the
/// right password.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    public const int FailuresAllowed = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(
        client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailuresAllowed,
            Window = Window,
            QueueLimit = 0,
        }));

    public bool IsLockedOut(string client) =>
        _failures.GetStatistics(client)?.CurrentAvailablePermits == 0;

    public void RecordFailure(string client)
    {
        using var lease = _failures.AttemptAcquire(client);
    }

    public static string ClientOf(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => _failures.Dispose();
}

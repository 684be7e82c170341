using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchDog.Core.Leasing;

/// <summary>
/// Keeps trying to hold one lease and runs a piece of work only while it is held. The work gets a
/// <see cref="LeaseSession"/> whose token is cancelled the moment the lease is lost: when a renewal is
/// refused, or when renewals cannot get through before the lease would expire on the server.
/// </summary>
public sealed class LeaseKeeper(
    ILeaseStore store,
    LeaseHolder holder,
    IOptions<LeaseOptions> options,
    TimeProvider time,
    ILogger<LeaseKeeper> logger)
{
    private static readonly TimeSpan s_releaseTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_minimumRetry = TimeSpan.FromMilliseconds(50);

    private readonly LeaseOptions _options = options.Value;
    private long _heldEpoch;

    public string HolderToken => holder.Token;

    /// <summary>The epoch of the lease held right now, or 0 while this instance is a follower.</summary>
    public long HeldEpoch => Interlocked.Read(ref _heldEpoch);

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled, then releases a held lease.</summary>
    public async Task RunAsync(Func<LeaseSession, Task> whileHeld, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _options.RenewInterval;
            try
            {
                var requestedAt = time.GetUtcNow();
                var attempt = await store.TryAcquireAsync(_options.Name, holder.Token, _options.Ttl, stoppingToken);
                if (attempt.Acquired)
                {
                    await HoldAsync(attempt.Epoch, requestedAt + _options.Ttl, whileHeld, stoppingToken);
                    continue;
                }

                // Try again just after the current holder's lease would run out, and at least once a
                // renew interval in case it was released early.
                wait = Clamp(attempt.HeldFor + s_minimumRetry, s_minimumRetry, _options.RenewInterval);
                LeasingLog.LeaseBusy(logger, _options.Name, attempt.HeldFor);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LeasingLog.AcquireFailed(logger, ex, _options.Name);
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task HoldAsync(
        long epoch,
        DateTimeOffset validUntil,
        Func<LeaseSession, Task> whileHeld,
        CancellationToken stoppingToken)
    {
        // Fires when the lease would expire on the server without a renewal that got through; every
        // successful renewal pushes it back.
        using var expiry = new CancellationTokenSource(Remaining(validUntil), time);
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expiry.Token);
        Interlocked.Exchange(ref _heldEpoch, epoch);
        LeasingLog.LeadershipGained(logger, _options.Name, epoch, holder.Token);

        var work = RunWorkAsync(whileHeld, new LeaseSession(_options.Name, epoch, held.Token));
        var reason = "stopping";
        try
        {
            reason = await RenewUntilLostAsync(expiry, held.Token, validUntil);
        }
        finally
        {
            await held.CancelAsync();
            Interlocked.Exchange(ref _heldEpoch, 0);
            await work;
            if (stoppingToken.IsCancellationRequested && !expiry.IsCancellationRequested)
            {
                reason = await ReleaseAsync() ? "released on shutdown" : "release failed on shutdown";
            }
            else if (expiry.IsCancellationRequested)
            {
                reason = "no renewal got through before expiry";
            }

            LeasingLog.LeadershipLost(logger, _options.Name, epoch, reason);
        }
    }

    private async Task<string> RenewUntilLostAsync(
        CancellationTokenSource expiry,
        CancellationToken held,
        DateTimeOffset validUntil)
    {
        var wait = _options.RenewInterval;
        while (!held.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, held);
                var requestedAt = time.GetUtcNow();
                if (!await store.RenewAsync(_options.Name, holder.Token, _options.Ttl, held))
                {
                    return "renewal refused: the lease is no longer ours";
                }

                validUntil = requestedAt + _options.Ttl;
                expiry.CancelAfter(Remaining(validUntil));
                wait = _options.RenewInterval;
            }
            catch (OperationCanceledException) when (held.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The lease is still ours until it expires: keep trying, faster, until then.
                LeasingLog.RenewFailed(logger, ex, _options.Name, Remaining(validUntil));
                wait = Clamp(_options.RenewInterval / 4, s_minimumRetry, _options.RenewInterval);
            }
        }

        return "stopping";
    }

    private async Task RunWorkAsync(Func<LeaseSession, Task> whileHeld, LeaseSession session)
    {
        // Let the renew loop start before the work runs its first synchronous stretch.
        await Task.Yield();
        try
        {
            await whileHeld(session);
        }
        catch (OperationCanceledException) when (session.Lost.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LeasingLog.WorkFailed(logger, ex, _options.Name);
        }
    }

    private async Task<bool> ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(s_releaseTimeout);
            return await store.ReleaseAsync(_options.Name, holder.Token, timeout.Token);
        }
        catch (Exception ex)
        {
            LeasingLog.ReleaseFailed(logger, ex, _options.Name);
            return false;
        }
    }

    private TimeSpan Remaining(DateTimeOffset validUntil)
    {
        var remaining = validUntil - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}

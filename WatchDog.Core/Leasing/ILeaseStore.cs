namespace WatchDog.Core.Leasing;

/// <summary>
/// Where leases live (Redis, or the database without Redis). Every call names the holder; renew and
/// release act only when the lease is still that holder's, decided atomically by the store.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease when it is free or expired (the epoch then rises by one), or extends it when
    /// <paramref name="holder"/> already holds it (the epoch stays).
    /// </summary>
    Task<LeaseAttempt> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Extends the lease by <paramref name="ttl"/>; false when it is no longer ours.</summary>
    Task<bool> RenewAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Frees the lease for others at once; false when it was not ours.</summary>
    Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}

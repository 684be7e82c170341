using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.Leasing;

/// <summary>
/// Leases as rows of the <c>leases</c> table, for deployments without Redis (SQLite or PostgreSQL).
/// Every change is one conditional UPDATE, so the database decides atomically who holds the lease:
/// concurrent takers are serialised by the row lock and all but one find the condition false. On
/// PostgreSQL the time comes from the database server, so workers on machines whose clocks disagree still
/// agree on when a lease expires; SQLite lives on one machine, whose clock all its workers share.
/// </summary>
internal sealed class DatabaseLeaseStore(IDbContextFactory<WatchDogDbContext> contexts, TimeProvider time)
    : ILeaseStore
{
    public async Task<LeaseAttempt> TryAcquireAsync(
        string name,
        string holder,
        TimeSpan ttl,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = await NowAsync(db, cancellationToken);
        var expiresAt = now + ttl;

        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.Holder == null || l.ExpiresAt < now))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(l => l.Epoch, l => l.Holder == holder ? l.Epoch : l.Epoch + 1)
                    .SetProperty(l => l.Holder, holder)
                    .SetProperty(l => l.ExpiresAt, expiresAt),
                cancellationToken);
        if (taken == 1)
        {
            var epoch = await db.Leases.AsNoTracking()
                .Where(l => l.Name == name && l.Holder == holder)
                .Select(l => (long?)l.Epoch)
                .SingleOrDefaultAsync(cancellationToken);
            return epoch is { } value ? LeaseAttempt.Granted(value) : LeaseAttempt.HeldByOther(TimeSpan.Zero);
        }

        var current = await db.Leases.AsNoTracking()
            .Where(l => l.Name == name)
            .Select(l => new { l.ExpiresAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return LeaseAttempt.HeldByOther(current.ExpiresAt - now);
        }

        // No row yet: the first taker inserts it. Two racing inserts hit the primary key and only one
        // wins; the loser simply tries again on its next round.
        db.Leases.Add(new LeaseRecord { Name = name, Holder = holder, ExpiresAt = expiresAt, Epoch = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return LeaseAttempt.Granted(1);
        }
        catch (DbUpdateException)
        {
            return LeaseAttempt.HeldByOther(TimeSpan.Zero);
        }
    }

    public async Task<bool> RenewAsync(string name, string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = await NowAsync(db, cancellationToken);
        var expiresAt = now + ttl;
        var renewed = await db.Leases
            .Where(l => l.Name == name && l.Holder == holder && l.ExpiresAt >= now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, expiresAt), cancellationToken);
        return renewed == 1;
    }

    public async Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = await NowAsync(db, cancellationToken);
        var released = await db.Leases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(l => l.Holder, (string?)null)
                    .SetProperty(l => l.ExpiresAt, now),
                cancellationToken);
        return released == 1;
    }

    private async Task<DateTimeOffset> NowAsync(WatchDogDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<DateTimeOffset>($"SELECT statement_timestamp() AS \"Value\"")
                .SingleAsync(cancellationToken)
            : time.GetUtcNow();
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Checks;

/// <summary>
/// Writes a batch of check results and the targets' last status in few round trips. A slot recorded
/// twice (the unique (target, due) index) or a target deleted meanwhile costs only its own row, never
/// the batch.
/// </summary>
internal sealed class CheckResultStore(IDbContextFactory<WatchDogDbContext> contexts)
{
    /// <summary>Writes what can be written and returns the rows written, as events to publish.</summary>
    public async Task<IReadOnlyList<CheckRecorded>> WriteAsync(
        IReadOnlyList<CheckResult> batch,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var fresh = await RemoveKnownAsync(db, batch, cancellationToken);
        if (fresh.Count == 0)
        {
            return [];
        }

        var written = await InsertAsync(db, fresh, cancellationToken);
        await UpdateTargetsAsync(db, written, cancellationToken);
        return [.. written.Select(ToEvent)];
    }

    // One query each for the targets that still exist and the slots already recorded, instead of
    // letting the unique index reject the whole batch.
    private static async Task<List<CheckResult>> RemoveKnownAsync(
        WatchDogDbContext db,
        IReadOnlyList<CheckResult> batch,
        CancellationToken cancellationToken)
    {
        var targetIds = batch.Select(r => r.TargetId).Distinct().ToList();
        var from = batch.Min(r => r.DueAt);
        var to = batch.Max(r => r.DueAt);
        var existingTargets = (await db.Targets.AsNoTracking()
            .Where(t => targetIds.Contains(t.Id))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var recorded = (await db.CheckResults.AsNoTracking()
            .Where(c => targetIds.Contains(c.TargetId) && c.DueAt >= from && c.DueAt <= to)
            .Select(c => new { c.TargetId, c.DueAt })
            .ToListAsync(cancellationToken))
            .Select(c => SlotKey(c.TargetId, c.DueAt))
            .ToHashSet();

        var fresh = new List<CheckResult>(batch.Count);
        foreach (var result in batch)
        {
            Normalize(result);
            if (existingTargets.Contains(result.TargetId) && recorded.Add(SlotKey(result.TargetId, result.DueAt)))
            {
                fresh.Add(result);
            }
        }

        return fresh;
    }

    internal static async Task<List<CheckResult>> InsertAsync(
        WatchDogDbContext db,
        List<CheckResult> results,
        CancellationToken cancellationToken)
    {
        db.CheckResults.AddRange(results);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return results;
        }
        catch (DbUpdateException ex) when (IsConstraintViolation(ex))
        {
            // Someone wrote one of these slots, or deleted a target, since the pre-check: row by row.
            db.ChangeTracker.Clear();
        }

        var written = new List<CheckResult>(results.Count);
        foreach (var result in results)
        {
            result.Id = 0;
            db.CheckResults.Add(result);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written.Add(result);
            }
            catch (DbUpdateException ex) when (IsConstraintViolation(ex))
            {
                db.ChangeTracker.Clear();
            }
        }

        return written;
    }

    // The newest result of each target becomes its last status, unless a newer check already did.
    private static async Task UpdateTargetsAsync(
        WatchDogDbContext db,
        List<CheckResult> written,
        CancellationToken cancellationToken)
    {
        var latest = written.GroupBy(r => r.TargetId).Select(g => g.MaxBy(r => r.StartedAt)!).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var result in latest)
        {
            var status = ToStatus(result.Outcome);
            DateTimeOffset? checkedAt = result.StartedAt;
            await db.Targets
                .Where(t => t.Id == result.TargetId && (t.LastCheckedAt == null || t.LastCheckedAt <= checkedAt))
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(t => t.Status, status)
                        .SetProperty(t => t.LastCheckedAt, checkedAt)
                        .SetProperty(t => t.LastResponseTimeMs, result.DurationMs)
                        .SetProperty(t => t.LastStatusCode, result.StatusCode)
                        .SetProperty(t => t.LastError, result.Error),
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // PostgreSQL takes only UTC offsets, and the error column has a length limit.
    private static void Normalize(CheckResult result)
    {
        result.DueAt = result.DueAt.ToUniversalTime();
        result.StartedAt = result.StartedAt.ToUniversalTime();
        if (result.Error is { Length: > CheckLimits.ErrorMaxLength } error)
        {
            result.Error = error[..CheckLimits.ErrorMaxLength];
        }
    }

    private static bool IsConstraintViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };

    // Millisecond slot keys: slots are whole milliseconds, and both stores keep at least that.
    private static (Guid, long) SlotKey(Guid targetId, DateTimeOffset dueAt) =>
        (targetId, dueAt.UtcTicks / TimeSpan.TicksPerMillisecond);

    private static TargetStatus ToStatus(CheckOutcome outcome) =>
        outcome == CheckOutcome.Up ? TargetStatus.Up : TargetStatus.Down;

    private static CheckRecorded ToEvent(CheckResult r) => new(
        r.TargetId,
        r.Id,
        r.DueAt,
        r.StartedAt,
        r.DurationMs,
        r.StatusCode,
        r.Outcome,
        r.Error,
        r.Attempts,
        r.ColdStart,
        ToStatus(r.Outcome));
}

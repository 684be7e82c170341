using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WatchDog.Core.Incidents;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Checks;

/// <summary>
/// Writes a batch of check results in few round trips, then carries the targets' health (state, incidents,
/// warm response time) forward in one transaction. A slot recorded twice (the unique (target, due) index) or
/// a target deleted meanwhile costs only its own row, never the batch.
/// </summary>
/// <remarks>
/// The rows are inserted before, not inside, the health transaction, so that a conflicting row can fall back
/// to row-by-row inserts. A crash between the two leaves results whose effect on the state is lost; the next
/// check corrects the state, and an incident may then start one check late.
/// </remarks>
internal sealed class CheckResultStore(IDbContextFactory<WatchDogDbContext> contexts, CheckOptions options)
{
    private readonly HealthRecorder _health = new(options);

    /// <summary>Writes what can be written and returns the rows written, as events to publish.</summary>
    public async Task<StoreOutcome> WriteAsync(
        IReadOnlyList<CheckResult> batch,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var fresh = await RemoveKnownAsync(db, batch, cancellationToken);
        if (fresh.Count == 0)
        {
            return StoreOutcome.Empty;
        }

        var written = await InsertAsync(db, fresh, cancellationToken);
        if (written.Count == 0)
        {
            return StoreOutcome.Empty;
        }

        var health = await _health.ApplyAsync(db, written, cancellationToken);
        var events = written
            .Select(r => ToEvent(r, health.Statuses.TryGetValue(r, out var status) ? status : ToStatus(r.Outcome)))
            .ToList();
        return new StoreOutcome(events, health.Changes);
    }

    // One query each for the targets that still exist and the slots already recorded, instead of
    // letting the unique index reject the whole batch. The target query also brings what the slow
    // cold-start check needs.
    private static async Task<List<CheckResult>> RemoveKnownAsync(
        WatchDogDbContext db,
        IReadOnlyList<CheckResult> batch,
        CancellationToken cancellationToken)
    {
        var targetIds = batch.Select(r => r.TargetId).Distinct().ToList();
        var from = batch.Min(r => r.DueAt);
        var to = batch.Max(r => r.DueAt);
        var existingTargets = await db.Targets.AsNoTracking()
            .Where(t => targetIds.Contains(t.Id))
            .Select(t => new WarmState(t.Id, t.Interval, t.WarmMedianMs, t.LastCheckedAt))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var recorded = (await db.CheckResults.AsNoTracking()
            .Where(c => targetIds.Contains(c.TargetId) && c.DueAt >= from && c.DueAt <= to)
            .Select(c => new { c.TargetId, c.DueAt })
            .ToListAsync(cancellationToken))
            .Select(c => SlotKey(c.TargetId, c.DueAt))
            .ToHashSet();

        var fresh = new List<CheckResult>(batch.Count);
        foreach (var result in batch.OrderBy(r => r.DueAt))
        {
            Normalize(result);
            if (existingTargets.TryGetValue(result.TargetId, out var warm) && recorded.Add(SlotKey(result.TargetId, result.DueAt)))
            {
                existingTargets[result.TargetId] = MarkColdStart(result, warm);
                fresh.Add(result);
            }
        }

        return fresh;
    }

    // Marks a slow wake-up as a cold start and moves the warm estimate on, as the health step will.
    private static WarmState MarkColdStart(CheckResult result, WarmState warm)
    {
        if (ColdStartDetector.IsSlowWake(result, warm.WarmMs, warm.LastCheckedAt, warm.Interval))
        {
            result.ColdStart = true;
        }

        if (warm.LastCheckedAt is { } last && result.StartedAt < last)
        {
            return warm;
        }

        var next = CheckOutcomes.IsGood(result.Outcome) && !result.ColdStart
            ? WarmResponseTime.Next(warm.WarmMs, result.DurationMs)
            : warm.WarmMs;
        return warm with { WarmMs = next, LastCheckedAt = result.StartedAt };
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

    internal static bool IsConstraintViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };

    // Millisecond slot keys: slots are whole milliseconds, and both stores keep at least that.
    private static (Guid, long) SlotKey(Guid targetId, DateTimeOffset dueAt) =>
        (targetId, dueAt.UtcTicks / TimeSpan.TicksPerMillisecond);

    private static TargetStatus ToStatus(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Up => TargetStatus.Up,
        CheckOutcome.Degraded => TargetStatus.Degraded,
        _ => TargetStatus.Down,
    };

    private static CheckRecorded ToEvent(CheckResult r, TargetStatus status) => new(
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
        status);

    private sealed record WarmState(Guid Id, TimeSpan Interval, int? WarmMs, DateTimeOffset? LastCheckedAt);
}

using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Checks;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.Incidents;

/// <summary>
/// Carries each target's health through a batch of written results, in due order, and stores it with its
/// incidents in one transaction. The health lives on the target row, so a restarted worker continues where
/// the last one stopped; the partial unique index on open incidents is the safety net against a second one.
/// </summary>
/// <remarks>
/// Two writers (a worker taking over while the old one still flushes) are kept apart optimistically: a
/// target row is only updated if its <c>last_checked_at</c> is still what was read. When another writer got
/// there first, the transaction is rolled back and the batch is applied again on fresh state; the last
/// attempt writes without the guard rather than lose the results' effect.
/// </remarks>
internal sealed class HealthRecorder(CheckOptions options)
{
    private const int MaxAttempts = 4;

    /// <summary>Applies <paramref name="written"/>; returns each result's target status after it, and the changes.</summary>
    public async Task<HealthOutcome> ApplyAsync(
        WatchDogDbContext db,
        IReadOnlyList<CheckResult> written,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = new HealthOutcome();
            var guarded = attempt < MaxAttempts;
            try
            {
                if (await TryApplyAsync(db, written, outcome, guarded, cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return outcome;
                }
            }
            catch (DbUpdateException ex) when (guarded && CheckResultStore.IsConstraintViolation(ex))
            {
                // Another writer opened the incident first: try again on its state.
            }

            await transaction.RollbackAsync(cancellationToken);
        }
    }

    private async Task<bool> TryApplyAsync(
        WatchDogDbContext db,
        IReadOnlyList<CheckResult> written,
        HealthOutcome outcome,
        bool guarded,
        CancellationToken cancellationToken)
    {
        var ids = written.Select(r => r.TargetId).Distinct().ToList();
        var rows = await db.Targets.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new HealthRow(
                t.Id, t.Name, t.Interval, t.Status, t.ConsecutiveFailures, t.ConsecutiveSuccesses, t.FailingSince,
                t.FailingFirstError, t.FailuresToDown, t.SuccessesToUp, t.WarmMedianMs, t.LastCheckedAt))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var incidents = new IncidentBook(db, await db.Incidents
            .Where(i => ids.Contains(i.TargetId) && i.EndedAt == null)
            .ToListAsync(cancellationToken));

        foreach (var group in written.GroupBy(r => r.TargetId))
        {
            if (!rows.TryGetValue(group.Key, out var row))
            {
                continue;
            }

            var next = await ApplyTargetAsync(row, group.OrderBy(r => r.DueAt), incidents, outcome, cancellationToken);
            if (next is not null && await UpdateRowAsync(db, row, next, guarded, cancellationToken) == 0 && guarded)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<TargetRowUpdate?> ApplyTargetAsync(
        HealthRow row,
        IEnumerable<CheckResult> results,
        IncidentBook incidents,
        HealthOutcome outcome,
        CancellationToken cancellationToken)
    {
        var failuresToDown = row.FailuresToDown ?? options.FailuresToDown;
        var successesToUp = row.SuccessesToUp ?? options.SuccessesToUp;
        var health = row.Health;
        var warm = row.WarmMedianMs;
        var lastCheckedAt = row.LastCheckedAt;
        CheckResult? newest = null;
        foreach (var result in results)
        {
            // A result older than the target's last check arrived late (a fail-over): recorded, not replayed.
            if (lastCheckedAt is { } last && result.StartedAt < last)
            {
                outcome.Statuses[result] = health.Status;
                continue;
            }

            var transition = TargetStateMachine.Apply(
                health, result.Outcome, result.StartedAt, result.Error, failuresToDown, successesToUp);
            await incidents.ApplyAsync(row.Id, transition, result.StartedAt, cancellationToken);
            if (transition.Health.Status != health.Status)
            {
                outcome.Changes.Add(new StatusChange(row.Id, row.Name, health.Status, transition.Health.Status, result.StartedAt));
            }

            health = transition.Health;
            if (CheckOutcomes.IsGood(result.Outcome) && !result.ColdStart)
            {
                warm = WarmResponseTime.Next(warm, result.DurationMs);
            }

            lastCheckedAt = result.StartedAt;
            newest = result;
            outcome.Statuses[result] = health.Status;
        }

        return newest is null ? null : new TargetRowUpdate(health, warm, newest);
    }

    private static Task<int> UpdateRowAsync(
        WatchDogDbContext db,
        HealthRow row,
        TargetRowUpdate next,
        bool guarded,
        CancellationToken cancellationToken)
    {
        var (health, warm, newest) = next;
        var expected = row.LastCheckedAt;
        DateTimeOffset? checkedAt = newest.StartedAt;
        return db.Targets
            .Where(t => t.Id == row.Id && (!guarded || t.LastCheckedAt == expected))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(t => t.Status, health.Status)
                    .SetProperty(t => t.ConsecutiveFailures, health.ConsecutiveFailures)
                    .SetProperty(t => t.ConsecutiveSuccesses, health.ConsecutiveSuccesses)
                    .SetProperty(t => t.FailingSince, health.FailingSince)
                    .SetProperty(t => t.FailingFirstError, health.FirstError)
                    .SetProperty(t => t.WarmMedianMs, warm)
                    .SetProperty(t => t.LastCheckedAt, checkedAt)
                    .SetProperty(t => t.LastResponseTimeMs, newest.DurationMs)
                    .SetProperty(t => t.LastStatusCode, newest.StatusCode)
                    .SetProperty(t => t.LastError, newest.Error),
                cancellationToken);
    }

    private sealed record TargetRowUpdate(TargetHealth Health, int? Warm, CheckResult Newest);
}

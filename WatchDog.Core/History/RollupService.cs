using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchDog.Core.Checks;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.History;

/// <summary>
/// Rolls raw check results up into hourly rollups, and each finished UTC day's hours into a daily rollup.
/// A check belongs to the hour of its due time. An hour is rolled once it ended <see cref="HistoryOptions.RollupDelay"/>
/// ago; rolling an hour again replaces its rollups, so a crash half-way is harmless.
/// </summary>
public sealed partial class RollupService(
    IDbContextFactory<WatchDogDbContext> dbFactory,
    TimeProvider timeProvider,
    IOptions<HistoryOptions> options,
    ILogger<RollupService> logger)
{
    /// <summary>At most this many hours per call, so catching up after a long stop happens in steps.</summary>
    private const int MaxHoursPerRun = 48;

    /// <summary>Rolls every hour that is ready; returns how many hours were rolled.</summary>
    public async Task<int> RollUpAsync(CancellationToken cancellationToken)
    {
        var ready = HourMath.FloorHour(timeProvider.GetUtcNow() - options.Value.RollupDelay);
        var maxCheckId = await MaxCheckIdAsync(cancellationToken);
        await RerollLateHoursAsync(maxCheckId, cancellationToken);

        var next = await FirstHourToRollAsync(ready, cancellationToken);
        var rolled = 0;
        while (next is { } hour && hour < ready && rolled < MaxHoursPerRun)
        {
            await RollHourAsync(hour, advance: true, cancellationToken);
            rolled++;
            next = hour.AddHours(1);
        }

        await RememberMaxCheckIdAsync(maxCheckId, cancellationToken);
        return rolled;
    }

    /// <summary>Everything before this time has been rolled up; null before the first rollup.</summary>
    public async Task<DateTimeOffset?> GetRolledUntilAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.RollupStates.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Name == RollupState.HourlyName, cancellationToken);
        return state?.RolledUntil;
    }

    private async Task<DateTimeOffset?> FirstHourToRollAsync(DateTimeOffset ready, CancellationToken cancellationToken)
    {
        if (await GetRolledUntilAsync(cancellationToken) is { } rolledUntil)
        {
            return rolledUntil;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var earliest = await db.CheckResults.MinAsync(c => (DateTimeOffset?)c.DueAt, cancellationToken);
        return earliest is { } first ? HourMath.FloorHour(first) : ready;
    }

    private async Task<long> MaxCheckIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CheckResults.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    // Results written since the last run whose slot lies in an hour already rolled: roll those hours (and
    // their days) again, so late results count. Ids are taken as arrival order; with one writer (the lease
    // holder's batch writer) that holds.
    private async Task RerollLateHoursAsync(long maxCheckId, CancellationToken cancellationToken)
    {
        List<DateTimeOffset> lateDues;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var state = await db.RollupStates.AsNoTracking()
                .SingleOrDefaultAsync(s => s.Name == RollupState.HourlyName, cancellationToken);
            if (state is null)
            {
                return;
            }

            lateDues = await db.CheckResults.AsNoTracking()
                .Where(c => c.Id > state.RolledMaxCheckId && c.Id <= maxCheckId && c.DueAt < state.RolledUntil)
                .Select(c => c.DueAt)
                .ToListAsync(cancellationToken);
        }

        foreach (var hour in lateDues.Select(HourMath.FloorHour).Distinct().Order())
        {
            await RollHourAsync(hour, advance: false, cancellationToken);
        }
    }

    private async Task RememberMaxCheckIdAsync(long maxCheckId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.RollupStates
            .Where(s => s.Name == RollupState.HourlyName && s.RolledMaxCheckId < maxCheckId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RolledMaxCheckId, maxCheckId), cancellationToken);
    }

    /// <summary>
    /// Replaces the hour's rollups. Rolling forward (<paramref name="advance"/>) moves the rolled-until mark
    /// and rolls a day when its last hour is done; rolling a late hour again redoes its day if that day is done.
    /// </summary>
    private async Task RollHourAsync(DateTimeOffset hour, bool advance, CancellationToken cancellationToken)
    {
        var end = hour.AddHours(1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var checks = await db.CheckResults.AsNoTracking()
            .Where(c => c.DueAt >= hour && c.DueAt < end)
            .Select(c => new { c.TargetId, c.Outcome, c.DurationMs, c.ColdStart })
            .ToListAsync(cancellationToken);
        var hourly = checks
            .GroupBy(c => c.TargetId)
            .Select(group =>
            {
                var builder = new RollupBuilder(group.Key, RollupPeriod.Hour, hour);
                foreach (var check in group)
                {
                    builder.AddCheck(CheckOutcomes.IsGood(check.Outcome), check.DurationMs, check.ColdStart);
                }

                return builder.Build();
            })
            .ToList();

        await ReplaceAsync(db, RollupPeriod.Hour, hour, hourly, cancellationToken);
        if (advance)
        {
            if (end == HourMath.FloorDay(end))
            {
                await RollDayAsync(db, end.AddDays(-1), cancellationToken);
            }

            await SetRolledUntilAsync(db, end, cancellationToken);
        }
        else
        {
            var day = HourMath.FloorDay(hour);
            var dayEnd = day.AddDays(1);
            var dayDone = await db.RollupStates
                .AnyAsync(s => s.Name == RollupState.HourlyName && s.RolledUntil >= dayEnd, cancellationToken);
            if (dayDone)
            {
                await RollDayAsync(db, day, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogHourRolled(logger, hour, checks.Count, hourly.Count);
    }

    private static async Task RollDayAsync(WatchDogDbContext db, DateTimeOffset day, CancellationToken cancellationToken)
    {
        var end = day.AddDays(1);
        var hours = await db.CheckRollups.AsNoTracking()
            .Where(r => r.Period == RollupPeriod.Hour && r.PeriodStart >= day && r.PeriodStart < end)
            .ToListAsync(cancellationToken);

        // The last hour of the day is being written in this same transaction and is not in the table yet.
        var pending = db.ChangeTracker.Entries<CheckRollup>()
            .Where(e => e.State == EntityState.Added && e.Entity.Period == RollupPeriod.Hour)
            .Select(e => e.Entity);
        var daily = hours.Concat(pending)
            .GroupBy(r => r.TargetId)
            .Select(group =>
            {
                var builder = new RollupBuilder(group.Key, RollupPeriod.Day, day);
                foreach (var hour in group)
                {
                    builder.AddRollup(hour);
                }

                return builder.Build();
            })
            .ToList();

        await ReplaceAsync(db, RollupPeriod.Day, day, daily, cancellationToken);
    }

    private static async Task ReplaceAsync(
        WatchDogDbContext db,
        RollupPeriod period,
        DateTimeOffset start,
        List<CheckRollup> rollups,
        CancellationToken cancellationToken)
    {
        await db.CheckRollups
            .Where(r => r.Period == period && r.PeriodStart == start)
            .ExecuteDeleteAsync(cancellationToken);

        // Results of targets deleted meanwhile are gone with their target (cascade), so every id here exists.
        db.CheckRollups.AddRange(rollups);
    }

    private static async Task SetRolledUntilAsync(WatchDogDbContext db, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var state = await db.RollupStates.SingleOrDefaultAsync(s => s.Name == RollupState.HourlyName, cancellationToken);
        if (state is null)
        {
            db.RollupStates.Add(new RollupState { Name = RollupState.HourlyName, RolledUntil = until });
        }
        else
        {
            state.RolledUntil = until;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolled up hour {Hour:O}: {Checks} checks of {Targets} targets")]
    private static partial void LogHourRolled(ILogger logger, DateTimeOffset hour, int checks, int targets);
}

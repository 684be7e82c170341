using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;

namespace WatchDog.Core.Targets;

/// <summary>
/// Reads and changes targets for the API and the dashboard. Every change is one SaveChanges (nothing is
/// half-saved) followed by a "targets changed" signal so workers reload their schedule.
/// </summary>
public sealed partial class TargetService(
    IDbContextFactory<WatchDogDbContext> contextFactory,
    TargetValidator validator,
    ILiveEventPublisher publisher,
    TimeProvider timeProvider,
    ILogger<TargetService> logger)
{
    public const int DefaultCheckLimit = 50;

    public const int MaxCheckLimit = 500;

    public const int MaxPageSize = 1000;

    /// <summary>Targets oldest first, without their check results.</summary>
    public async Task<IReadOnlyList<Target>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        return await db.Targets.AsNoTracking()
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(Math.Max(skip, 0))
            .Take(Math.Clamp(take, 1, MaxPageSize))
            .ToListAsync(cancellationToken);
    }

    public async Task<Target?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        return await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<TargetSaveResult> CreateAsync(TargetInput input, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(input);
        if (validation.Value is not { } valid)
        {
            return TargetSaveResult.Invalid(validation.Errors);
        }

        var now = Now();
        var target = new Target
        {
            Id = Guid.CreateVersion7(now),
            Name = valid.Name,
            Url = valid.Url,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(target, valid);

        await using (var db = contextFactory.CreateDbContext())
        {
            db.Targets.Add(target);
            await db.SaveChangesAsync(cancellationToken);
        }

        await SignalChangeAsync(cancellationToken);
        return TargetSaveResult.Saved(target);
    }

    /// <summary>
    /// Replaces every editable field (a field left out takes its default). Secrets sent back masked keep the
    /// stored value. A new URL is a different service, so its last status is cleared back to pending rather
    /// than showing the old service's result.
    /// </summary>
    public async Task<TargetSaveResult> UpdateAsync(Guid id, TargetInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = contextFactory.CreateDbContext();
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return TargetSaveResult.NotFound();
        }

        if (input.CheckSettings is { } incoming)
        {
            var settings = incoming.Clone();
            TargetCheckSettingsSecrets.KeepUnchanged(settings, target.CheckSettings);
            input = input with { CheckSettings = settings };
        }

        var validation = validator.Validate(input);
        if (validation.Value is not { } valid)
        {
            return TargetSaveResult.Invalid(validation.Errors);
        }

        if (!string.Equals(target.Url, valid.Url, StringComparison.Ordinal))
        {
            target.Status = TargetStatus.Pending;
            target.LastCheckedAt = null;
            target.LastResponseTimeMs = null;
            target.LastStatusCode = null;
            target.LastError = null;
        }

        target.Url = valid.Url;
        target.Name = valid.Name;
        Apply(target, valid);
        target.UpdatedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        await SignalChangeAsync(cancellationToken);
        return TargetSaveResult.Saved(target);
    }

    /// <summary>Pauses (<paramref name="active"/> false) or resumes a target; null when there is no such target.</summary>
    public async Task<Target?> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (target is null)
        {
            return null;
        }

        if (target.IsActive != active)
        {
            target.IsActive = active;
            target.UpdatedAt = Now();
            await db.SaveChangesAsync(cancellationToken);
            await SignalChangeAsync(cancellationToken);
        }

        return target;
    }

    /// <summary>Deletes a target and, through the foreign key, its results. False when there was none.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        var deleted = await db.Targets.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            await SignalChangeAsync(cancellationToken);
        }

        return deleted > 0;
    }

    /// <summary>The target's latest results, newest slot first; null when there is no such target.</summary>
    public async Task<IReadOnlyList<CheckResult>?> GetRecentChecksAsync(
        Guid id,
        int limit,
        CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        if (!await db.Targets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return null;
        }

        return await db.CheckResults.AsNoTracking()
            .Where(c => c.TargetId == id)
            .OrderByDescending(c => c.DueAt).ThenByDescending(c => c.Id)
            .Take(Math.Clamp(limit, 1, MaxCheckLimit))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The number of targets, for paging.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        return await db.Targets.CountAsync(cancellationToken);
    }

    /// <summary>All counts in one grouped query, computed by the database.</summary>
    public async Task<TargetStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var db = contextFactory.CreateDbContext();
        var stats = await db.Targets
            .GroupBy(_ => 1)
            .Select(g => new TargetStats(
                g.Count(),
                g.Sum(t => t.IsActive ? 1 : 0),
                g.Sum(t => t.IsActive ? 0 : 1),
                g.Sum(t => t.IsActive && t.Status == TargetStatus.Up ? 1 : 0),
                g.Sum(t => t.IsActive && t.Status == TargetStatus.Down ? 1 : 0),
                g.Sum(t => t.IsActive && t.Status == TargetStatus.Pending ? 1 : 0),
                g.Sum(t => t.IsActive && t.Status == TargetStatus.Degraded ? 1 : 0)))
            .SingleOrDefaultAsync(cancellationToken);
        return stats ?? TargetStats.Empty;
    }

    private static void Apply(Target target, ValidTarget valid)
    {
        target.Interval = valid.Interval;
        target.FailuresToDown = valid.FailuresToDown;
        target.SuccessesToUp = valid.SuccessesToUp;
        target.Platform = valid.Platform;
        target.KeepWarmSchedule = valid.KeepWarmSchedule;
        target.KeepWarmTimeZone = valid.KeepWarmTimeZone;
        target.CheckSettings = valid.CheckSettings;
    }

    // PostgreSQL keeps microseconds; trimming here makes what a create returns equal to what a read returns.
    private DateTimeOffset Now()
    {
        var now = timeProvider.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private async Task SignalChangeAsync(CancellationToken cancellationToken)
    {
        // The change is already saved; a lost signal only delays the workers until their next reload,
        // so it must not turn a successful request into an error.
        try
        {
            await publisher.PublishTargetsChangedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSignalFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Targets were changed but the change signal could not be sent")]
    private static partial void LogSignalFailed(ILogger logger, Exception exception);
}

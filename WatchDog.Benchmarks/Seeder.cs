using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Checks;
using WatchDog.Core.History;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;

namespace WatchDog.Benchmarks;

/// <summary>
/// 1,000 targets, each with 7 days of hourly rollups, 90 days of daily rollups and the last day of raw results
/// every 5 minutes (288 a target), a few percent of them failed; the hourly rollup state says all whole hours are done.
/// </summary>
internal static class Seeder
{
    public const int Targets = 1000;

    private const int RawPerTarget = 288;

    private const int TargetsPerBatch = 50;

    public static async Task<IReadOnlyList<Guid>> SeedAsync(IDbContextFactory<WatchDogDbContext> factory, DateTimeOffset now)
    {
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var random = new Random(42);
        var ids = new List<Guid>();
        for (var batch = 0; batch < Targets / TargetsPerBatch; batch++)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < TargetsPerBatch; i++)
            {
                var target = NewTarget(now, batch * TargetsPerBatch + i);
                ids.Add(target.Id);
                db.Targets.Add(target);
                for (var h = 1; h <= 7 * 24; h++)
                {
                    db.CheckRollups.Add(Rollup(target.Id, RollupPeriod.Hour, hour.AddHours(-h), 12, random));
                }

                for (var d = 0; d < 90; d++)
                {
                    var day = new DateTimeOffset(hour.UtcDateTime.Date, TimeSpan.Zero).AddDays(-d);
                    db.CheckRollups.Add(Rollup(target.Id, RollupPeriod.Day, day, 288, random));
                }

                for (var r = 0; r < RawPerTarget; r++)
                {
                    var due = now.AddMinutes(-5 * (r + 1));
                    var down = random.Next(100) < 3;
                    db.CheckResults.Add(new CheckResult
                    {
                        TargetId = target.Id,
                        DueAt = due,
                        StartedAt = due,
                        DurationMs = down ? 0 : random.Next(80, 900),
                        StatusCode = down ? 503 : 200,
                        Outcome = down ? CheckOutcome.Down : CheckOutcome.Up,
                        Attempts = 1,
                        ColdStart = random.Next(200) == 0,
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var db = factory.CreateDbContext())
        {
            db.RollupStates.Add(new RollupState { Name = RollupState.HourlyName, RolledUntil = hour });
            await db.SaveChangesAsync();
        }

        return ids;
    }

    private static Target NewTarget(DateTimeOffset now, int index) => new()
    {
        Id = Guid.CreateVersion7(now.AddSeconds(index)),
        Name = $"app-{index:D4}",
        Url = $"https://app-{index:D4}.example.test/",
        Interval = TimeSpan.FromMinutes(5),
        Status = TargetStatus.Up,
        CreatedAt = now.AddSeconds(index),
        UpdatedAt = now,
    };

    private static CheckRollup Rollup(Guid id, RollupPeriod period, DateTimeOffset start, int checks, Random random)
    {
        var good = checks - random.Next(0, 2);
        return new CheckRollup
        {
            TargetId = id,
            Period = period,
            PeriodStart = start,
            Checks = checks,
            GoodChecks = good,
            DurationSumMs = 250L * good,
            DurationMinMs = 80,
            DurationMaxMs = 900,
            P50Ms = random.Next(150, 350),
            P95Ms = random.Next(500, 900),
        };
    }
}

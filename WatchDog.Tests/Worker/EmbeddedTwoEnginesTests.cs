using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Tests.Scheduling;

namespace WatchDog.Tests.Worker;

/// <summary>Embedded mode: no Redis, the lease kept in the SQLite file, target changes by polling.</summary>
public sealed class EmbeddedTwoEnginesTests
{
    [Fact]
    public async Task RunAsync_TwoEnginesOnSqliteAndTheHolderStops_OneSchedulesAtATimeAndNoSlotTwice()
    {
        var database = new SqliteDatabase();
        await database.InitializeAsync();
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:watchdog"] = database.ConnectionString,
                ["WatchDog:Database:Provider"] = "Sqlite",
                ["WatchDog:Leasing:Ttl"] = "00:00:02",
                ["WatchDog:Leasing:RenewInterval"] = "00:00:00.5",
                ["WatchDog:Scheduling:RefreshInterval"] = "00:00:00.5",
            }).Build();
            await using (var db = database.CreateDbContext())
            {
                db.Targets.AddRange(Enumerable.Range(0, 4).Select(i => new Target
                {
                    Id = Guid.NewGuid(),
                    Name = $"t{i}",
                    Url = $"https://t{i}.test/",
                    Interval = TimeSpan.FromSeconds(1),
                }));
                await db.SaveChangesAsync();
            }

            await using var first = new EngineInstance("first", configuration);
            await using var second = new EngineInstance("second", configuration);
            first.Start();
            second.Start();
            await Eventually.TrueAsync(() => first.IsLeader || second.IsLeader, "one engine holds the lease");
            var (holder, follower) = first.IsLeader ? (first, second) : (second, first);
            await Eventually.TrueAsync(() => holder.Checker.Calls.Count >= 8, "the holder ran checks", TimeSpan.FromSeconds(15));
            Assert.Empty(follower.Checker.Calls);

            await holder.StopAsync();
            await Eventually.TrueAsync(() => follower.Checker.Calls.Count >= 8, "the follower took over", TimeSpan.FromSeconds(15));
            await follower.StopAsync();

            var calls = holder.Checker.Calls.Concat(follower.Checker.Calls).ToList();
            Assert.Equal(calls.Count, calls.Select(c => (c.TargetId, c.DueAt)).Distinct().Count());
            await using var check = database.CreateDbContext();
            Assert.Equal(calls.Count, await check.CheckResults.CountAsync());
            Assert.Equal(2, await check.CheckResults.Select(c => c.LeaseEpoch).Distinct().CountAsync());
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Tests.Scheduling;
using Xunit.Abstractions;

namespace WatchDog.Tests.Worker;

public sealed class TwoEnginesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_ttl = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task RunAsync_TwoEnginesAndTheHolderDies_OneSchedulesAtATimeAndNoSlotTwice()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = database.ConnectionString,
            ["WatchDog:Database:Provider"] = "Postgres",
            ["ConnectionStrings:redis"] = TestServers.Redis,
            ["WatchDog:Leasing:KeyPrefix"] = $"test:{Guid.NewGuid():N}:",
            ["WatchDog:Leasing:Ttl"] = s_ttl.ToString(),
            ["WatchDog:Leasing:RenewInterval"] = "00:00:00.5",
            ["WatchDog:Scheduling:RefreshInterval"] = "00:00:00.5",
        }).Build();
        var targets = await AddTargetsAsync(database, count: 6);
        await using var first = new EngineInstance("first", configuration);
        await using var second = new EngineInstance("second", configuration);
        Assert.NotEqual(first.Keeper.HolderToken, second.Keeper.HolderToken);

        first.Start();
        second.Start();
        await Eventually.TrueAsync(() => first.IsLeader || second.IsLeader, "one engine holds the lease");
        var (holder, follower) = first.IsLeader ? (first, second) : (second, first);
        var holderEpoch = holder.Keeper.HeldEpoch;
        await Eventually.TrueAsync(() => holder.Checker.Calls.Count >= 12, "the holder ran checks", TimeSpan.FromSeconds(15));

        Assert.False(follower.IsLeader);
        Assert.Empty(follower.Checker.Calls);

        var killedAt = DateTimeOffset.UtcNow;
        await holder.KillAsync();
        await Eventually.TrueAsync(() => follower.IsLeader, "the follower took over", s_ttl * 3);
        var tookOverAfter = DateTimeOffset.UtcNow - killedAt;
        await Eventually.TrueAsync(() => follower.Checker.Calls.Count >= 12, "the new holder ran checks", TimeSpan.FromSeconds(15));
        var followerEpoch = follower.Keeper.HeldEpoch;
        await follower.StopAsync();

        output.WriteLine($"takeover after {tookOverAfter.TotalMilliseconds:F0} ms; holder {holder.Checker.Calls.Count} " +
            $"checks at epoch {holderEpoch}, follower {follower.Checker.Calls.Count} at epoch {followerEpoch}");
        Assert.True(tookOverAfter <= s_ttl + TimeSpan.FromMilliseconds(500), $"takeover took {tookOverAfter}");
        Assert.True(followerEpoch > holderEpoch);
        var calls = holder.Checker.Calls.Concat(follower.Checker.Calls).ToList();
        var lastOfHolder = holder.Checker.Calls.Max(c => c.StartedAt);
        Assert.All(follower.Checker.Calls, c => Assert.True(c.DueAt > lastOfHolder));
        Assert.Equal(calls.Count, calls.Select(c => (c.TargetId, c.DueAt)).Distinct().Count());
        Assert.All(calls, c => Assert.Contains(c.TargetId, targets));

        await using var db = database.CreateDbContext();
        var rows = await db.CheckResults.AsNoTracking().ToListAsync();
        Assert.Equal(calls.Count, rows.Count);
        Assert.Equal(
            calls.Select(c => (c.TargetId, c.DueAt.UtcDateTime)).Order(),
            rows.Select(r => (r.TargetId, r.DueAt.UtcDateTime)).Order());
        Assert.All(rows, r => Assert.Equal(r.StartedAt <= lastOfHolder ? holderEpoch : followerEpoch, r.LeaseEpoch));
        Assert.All(await db.Targets.ToListAsync(), t => Assert.Equal(TargetStatus.Up, t.Status));
    }

    private static async Task<List<Guid>> AddTargetsAsync(PostgresDatabase database, int count)
    {
        await using var db = database.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var targets = Enumerable.Range(0, count).Select(i => new Target
        {
            Id = Guid.NewGuid(),
            Name = $"t{i}",
            Url = $"https://t{i}.test/",
            Interval = TimeSpan.FromSeconds(1),
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Targets.AddRange(targets);
        await db.SaveChangesAsync();
        return [.. targets.Select(t => t.Id)];
    }
}

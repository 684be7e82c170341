using Microsoft.EntityFrameworkCore;
using WatchDog.Core.History;

namespace WatchDog.Tests.History;

public sealed class RetentionPrunerTests
{
    private static readonly DateTimeOffset s_dayOne = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task PruneAsync_PastRawRetention_DeletesRawInBatchesAndKeepsRollups(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var settings = new HistoryOptions { RawRetention = TimeSpan.FromDays(7), PruneBatchSize = 100 };
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddDays(2), settings);
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(1));
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddDays(1).AddMinutes(-1), TimeSpan.FromMinutes(1), due => due.Hour == 3);
        await bed.Rollups.RollUpAsync(timeout.Token);
        var before = await bed.Uptime.GetAsync(target, TimeSpan.FromMinutes(1), s_dayOne, s_dayOne.AddDays(1), timeout.Token);

        bed.Clock.Advance(TimeSpan.FromDays(7));
        var (raw, rollups) = await bed.Pruner.PruneAsync(timeout.Token);

        Assert.Equal(1440, raw);
        Assert.Equal(0, rollups);
        await using var db = bed.CreateDbContext();
        Assert.Equal(0, await db.CheckResults.CountAsync(timeout.Token));
        Assert.Equal(25, await db.CheckRollups.CountAsync(timeout.Token));
        var after = await bed.Uptime.GetAsync(target, TimeSpan.FromMinutes(1), s_dayOne, s_dayOne.AddDays(1), timeout.Token);
        Assert.Equal(before, after);
        Assert.Equal(60, after.FailedChecks);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task PruneAsync_RawNotRolledUp_KeepsIt(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddDays(30));
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(10));
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddHours(1), TimeSpan.FromMinutes(10), _ => false);

        var (raw, _) = await bed.Pruner.PruneAsync(timeout.Token);

        Assert.Equal(0, raw);
        await using var db = bed.CreateDbContext();
        Assert.Equal(7, await db.CheckResults.CountAsync(timeout.Token));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task PruneAsync_PastRollupRetention_DeletesOldRollups(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var settings = new HistoryOptions { RollupRetention = TimeSpan.FromDays(30) };
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddDays(2), settings);
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(10));
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddHours(2).AddMinutes(-10), TimeSpan.FromMinutes(10), _ => false);
        await bed.Rollups.RollUpAsync(timeout.Token);

        bed.Clock.Advance(TimeSpan.FromDays(40));
        var (_, rollups) = await bed.Pruner.PruneAsync(timeout.Token);

        Assert.Equal(3, rollups);
        await using var db = bed.CreateDbContext();
        Assert.Equal(0, await db.CheckRollups.CountAsync(timeout.Token));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WatchDog.Core.History;
using WatchDog.Core.Persistence;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.History;

public sealed class ColdStartCounterTests
{
    private static readonly DateTimeOffset s_now = new(2031, 6, 10, 12, 30, 0, TimeSpan.Zero);

    // Checks every 10 minutes for 8 days up to 12:20 today. Cold: 6 days ago (7 d only), 12:40 yesterday (the
    // 24 h window's partial first hour, read raw), 03:00 today (a rolled-up hour), 12:10 today (not rolled up
    // yet, read raw), and 8 days ago (in neither window).
    private static readonly DateTimeOffset[] s_cold =
    [
        s_now.AddDays(-6),
        s_now.AddHours(-24).AddMinutes(10),
        new(2031, 6, 10, 3, 0, 0, TimeSpan.Zero),
        s_now.AddMinutes(-20),
        s_now.AddDays(-8).AddMinutes(10),
    ];

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task GetAsync_ColdStartsAcrossRollupsAndRawEdges_MatchHandCount(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_now);
        var counter = new ColdStartCounter(
            new DelegateDbContextFactory(bed.CreateDbContext),
            bed.Rollups,
            bed.Clock,
            Options.Create(new HistoryOptions()));
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(10));
        var other = await bed.AddTargetAsync(TimeSpan.FromMinutes(10));
        await bed.AddChecksAsync(target, s_now.AddDays(-8), s_now.AddMinutes(-10), TimeSpan.FromMinutes(10), _ => false);
        await MarkColdAsync(bed.CreateDbContext, target, s_cold);
        await bed.AddChecksAsync(other, s_now.AddHours(-2), s_now.AddMinutes(-10), TimeSpan.FromMinutes(10), _ => false);
        await MarkColdAsync(bed.CreateDbContext, other, [s_now.AddHours(-1)]);
        while (await bed.Rollups.RollUpAsync(timeout.Token) > 0)
        {
        }

        var counts = await counter.GetAsync(target, timeout.Token);
        var table = await counter.GetLast24hAsync([target, other, Guid.NewGuid()], timeout.Token);

        Assert.Equal(new ColdStartCounts(3, 4), counts);
        Assert.Equal(3, table[target]);
        Assert.Equal(1, table[other]);
        Assert.Equal(2, table.Count);
    }

    private static async Task MarkColdAsync(Func<WatchDogDbContext> create, Guid target, DateTimeOffset[] dues)
    {
        await using var db = create();
        foreach (var due in dues)
        {
            var marked = await db.CheckResults
                .Where(c => c.TargetId == target && c.DueAt == due)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ColdStart, true));
            Assert.Equal(1, marked);
        }
    }
}

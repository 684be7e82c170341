using Microsoft.EntityFrameworkCore;

namespace WatchDog.Tests.History;

public sealed class UptimeCalculatorTests
{
    private static readonly TimeSpan s_tenMinutes = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset s_start = new(2026, 3, 9, 12, 0, 0, TimeSpan.Zero);

    // Checks every 10 minutes from 03-09 12:00 to 03-10 12:20; the clock reads 03-10 12:30, so the 24 h window
    // [03-09 12:30, 03-10 12:30) starts mid-hour and holds 144 checks. Down: 12:10 (before the window),
    // 12:40 (its partial first hour), 23:50 and 00:00 (across midnight) and 12:10 the next day (the
    // hour not rolled up yet). So 4 of the 144 failed: 140 / 144 = 97.222 %.
    private static readonly DateTimeOffset[] s_down =
    [
        s_start.AddMinutes(10),
        s_start.AddMinutes(40),
        s_start.AddHours(11).AddMinutes(50),
        s_start.AddHours(12),
        s_start.AddDays(1).AddMinutes(10),
    ];

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task GetWindowsAsync_WindowStartingMidHour_MatchesHandCount(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await SeedAsync(provider);
        var target = await SeedTargetAsync(bed);

        await bed.Rollups.RollUpAsync(timeout.Token);
        var windows = await bed.Uptime.GetWindowsAsync(target, s_tenMinutes, timeout.Token);

        var day = windows["24h"];
        Assert.Equal(144, day.Checks);
        Assert.Equal(4, day.FailedChecks);
        Assert.Equal(97.222, day.UptimePercent);
        Assert.Equal(4 * 600, day.DowntimeSeconds);
        Assert.Equal(147, windows["7d"].Checks);
        Assert.Equal(5, windows["90d"].FailedChecks);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task GetWindowsAsync_RawOfRolledHoursGone_SameAnswerFromRollups(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await SeedAsync(provider);
        var target = await SeedTargetAsync(bed);
        await bed.Rollups.RollUpAsync(timeout.Token);
        var before = await bed.Uptime.GetWindowsAsync(target, s_tenMinutes, timeout.Token);

        await using (var db = bed.CreateDbContext())
        {
            var middleFrom = s_start.AddHours(1);
            var middleTo = s_start.AddDays(1);
            var deleted = await db.CheckResults
                .Where(c => c.DueAt >= middleFrom && c.DueAt < middleTo)
                .ExecuteDeleteAsync(timeout.Token);
            Assert.Equal(138, deleted);
        }

        var after = await bed.Uptime.GetWindowsAsync(target, s_tenMinutes, timeout.Token);

        Assert.Equal(before["24h"], after["24h"]);
        Assert.Equal(before["90d"], after["90d"]);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task GetWindowsAsync_PausedDay_HasNoChecksAndCountsNeitherWay(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var dayOne = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await using var bed = await HistoryTestBed.CreateAsync(provider, dayOne.AddDays(3));
        var target = await bed.AddTargetAsync(TimeSpan.FromHours(1));
        await bed.AddChecksAsync(target, dayOne, dayOne.AddHours(23), TimeSpan.FromHours(1), _ => false);
        await bed.AddChecksAsync(target, dayOne.AddDays(2), dayOne.AddDays(2).AddHours(23), TimeSpan.FromHours(1),
            due => due.Hour < 6);

        await bed.Rollups.RollUpAsync(timeout.Token);
        var windows = await bed.Uptime.GetWindowsAsync(target, TimeSpan.FromHours(1), timeout.Token);
        var pausedDay = await bed.Uptime.GetAsync(target, TimeSpan.FromHours(1), dayOne.AddDays(1), dayOne.AddDays(2), timeout.Token);

        Assert.Equal(48, windows["7d"].Checks);
        Assert.Equal(6, windows["7d"].FailedChecks);
        Assert.Equal(87.5, windows["7d"].UptimePercent);
        Assert.Equal(0, pausedDay.Checks);
        Assert.Null(pausedDay.UptimePercent);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task GetAsync_Percentiles_WithinOneHistogramBin(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var hour = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await using var bed = await HistoryTestBed.CreateAsync(provider, hour.AddHours(5));
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(1));
        await bed.AddChecksAsync(target, hour, hour.AddHours(4).AddMinutes(-1), TimeSpan.FromMinutes(1), _ => false,
            due => due.Minute < 54 ? 200 : 2000);

        await bed.Rollups.RollUpAsync(timeout.Token);
        var summary = await bed.Uptime.GetAsync(target, TimeSpan.FromMinutes(1), hour, hour.AddHours(4), timeout.Token);

        Assert.Equal(240, summary.Checks);
        Assert.InRange(summary.P50Ms!.Value, 200 / 1.2, 200 * 1.2);
        Assert.InRange(summary.P95Ms!.Value, 2000 / 1.2, 2000 * 1.2);
    }

    private static Task<HistoryTestBed> SeedAsync(string provider) =>
        HistoryTestBed.CreateAsync(provider, s_start.AddDays(1).AddMinutes(30));

    private static async Task<Guid> SeedTargetAsync(HistoryTestBed bed)
    {
        var target = await bed.AddTargetAsync(s_tenMinutes);
        var added = await bed.AddChecksAsync(target, s_start, s_start.AddDays(1).AddMinutes(20), s_tenMinutes, s_down.Contains);
        Assert.Equal(147, added);
        return target;
    }
}

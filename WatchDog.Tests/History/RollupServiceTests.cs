using Microsoft.EntityFrameworkCore;
using WatchDog.Core.History;

namespace WatchDog.Tests.History;

public sealed class RollupServiceTests
{
    private static readonly TimeSpan s_tenMinutes = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset s_dayOne = new(2026, 3, 9, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task RollUpAsync_IncidentAcrossMidnight_CountsEachSideInItsDay(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddDays(2).AddHours(1));
        var target = await bed.AddTargetAsync(s_tenMinutes);
        var downFrom = s_dayOne.AddHours(23).AddMinutes(30);
        var downTo = s_dayOne.AddDays(1).AddMinutes(10);
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddDays(2).AddMinutes(-10), s_tenMinutes,
            due => due >= downFrom && due <= downTo);

        var hours = await bed.Rollups.RollUpAsync(timeout.Token);

        Assert.Equal(48, hours);
        var days = await bed.Query.GetAsync(target, RollupPeriod.Day, s_dayOne, s_dayOne.AddDays(2), timeout.Token);
        Assert.Equal([s_dayOne, s_dayOne.AddDays(1)], days.Select(d => d.PeriodStart));
        Assert.Equal([144, 144], days.Select(d => d.Checks));
        Assert.Equal([3, 2], days.Select(d => d.FailedChecks));
        var lastHour = await bed.Query.GetAsync(target, RollupPeriod.Hour, s_dayOne.AddHours(23), s_dayOne.AddDays(1), timeout.Token);
        Assert.Equal(3, Assert.Single(lastHour).FailedChecks);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task RollUpAsync_HourNotPastDelay_IsLeftForLater(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddHours(1).AddMinutes(5));
        var target = await bed.AddTargetAsync(s_tenMinutes);
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddMinutes(50), s_tenMinutes, _ => false);

        Assert.Equal(0, await bed.Rollups.RollUpAsync(timeout.Token));
        bed.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await bed.Rollups.RollUpAsync(timeout.Token));
        Assert.Equal(s_dayOne.AddHours(1), await bed.Rollups.GetRolledUntilAsync(timeout.Token));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task RollUpAsync_Durations_ExactStatsPerHour(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddHours(2));
        var target = await bed.AddTargetAsync(TimeSpan.FromMinutes(1));
        var durations = Enumerable.Range(1, 60).ToArray();
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddMinutes(59), TimeSpan.FromMinutes(1),
            due => due.Minute == 59, due => durations[due.Minute] * 10);

        await bed.Rollups.RollUpAsync(timeout.Token);

        var hour = Assert.Single(await bed.Query.GetAsync(target, RollupPeriod.Hour, s_dayOne, s_dayOne.AddHours(1), timeout.Token));
        Assert.Equal(60, hour.Checks);
        Assert.Equal(59, hour.GoodChecks);
        Assert.Equal(10, hour.DurationMinMs);
        Assert.Equal(590, hour.DurationMaxMs);
        Assert.Equal(Enumerable.Range(1, 59).Sum() * 10, hour.DurationSumMs);
        Assert.Equal(300, hour.P50Ms);
        Assert.Equal(570, hour.P95Ms);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task RollUpAsync_RunTwiceOverSameHour_ReplacesNotDuplicates(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddHours(2));
        var target = await bed.AddTargetAsync(s_tenMinutes);
        await bed.AddChecksAsync(target, s_dayOne, s_dayOne.AddMinutes(50), s_tenMinutes, _ => false);
        await bed.Rollups.RollUpAsync(timeout.Token);

        await using (var db = bed.CreateDbContext())
        {
            var state = await db.RollupStates.SingleAsync(timeout.Token);
            state.RolledUntil = s_dayOne;
            await db.SaveChangesAsync(timeout.Token);
        }

        await bed.Rollups.RollUpAsync(timeout.Token);

        await using var check = bed.CreateDbContext();
        Assert.Equal(6, (await check.CheckRollups.SingleAsync(r => r.PeriodStart == s_dayOne, timeout.Token)).Checks);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task RollUpAsync_ResultArrivesAfterItsHourWasRolled_RollsThatHourAndDayAgain(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var bed = await HistoryTestBed.CreateAsync(provider, s_dayOne.AddDays(1).AddHours(1));
        var target = await bed.AddTargetAsync(s_tenMinutes);
        await bed.AddChecksAsync(target, s_dayOne.AddHours(5), s_dayOne.AddHours(5).AddMinutes(40), s_tenMinutes, _ => false);
        await bed.Rollups.RollUpAsync(timeout.Token);

        await bed.AddChecksAsync(target, s_dayOne.AddHours(5).AddMinutes(50), s_dayOne.AddHours(5).AddMinutes(50), s_tenMinutes, _ => true);
        await bed.Rollups.RollUpAsync(timeout.Token);

        var hour = Assert.Single(await bed.Query.GetAsync(target, RollupPeriod.Hour, s_dayOne, s_dayOne.AddDays(1), timeout.Token));
        var day = Assert.Single(await bed.Query.GetAsync(target, RollupPeriod.Day, s_dayOne, s_dayOne.AddDays(1), timeout.Token));
        Assert.Equal((6, 1), (hour.Checks, hour.FailedChecks));
        Assert.Equal((6, 1), (day.Checks, day.FailedChecks));
    }
}

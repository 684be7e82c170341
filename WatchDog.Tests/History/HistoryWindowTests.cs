using WatchDog.Core.History;

namespace WatchDog.Tests.History;

public sealed class HistoryWindowTests
{
    private static readonly DateTimeOffset s_noon = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Split_WindowStartingMidHour_WholeHoursBetweenRawEdges()
    {
        var from = s_noon.AddMinutes(-90);
        var to = s_noon.AddMinutes(150);

        var window = HistoryWindow.Split(from, to, rolledUntil: s_noon.AddHours(2), rawKeptFrom: from);

        Assert.Equal(new HistoryWindow(from, s_noon.AddHours(-1), s_noon.AddHours(2), to), window);
        Assert.True(window.HasWholeHours);
    }

    [Fact]
    public void Split_RollupsBehind_StopsWholeHoursAtRolledUntil()
    {
        var window = HistoryWindow.Split(s_noon.AddHours(-5), s_noon, rolledUntil: s_noon.AddHours(-2), rawKeptFrom: s_noon.AddDays(-7));

        Assert.Equal(s_noon.AddHours(-2), window.HoursTo);
    }

    [Fact]
    public void Split_FirstHourPruned_TakesItWholeFromItsRollup()
    {
        var from = s_noon.AddDays(-30).AddMinutes(20);

        var window = HistoryWindow.Split(from, s_noon, rolledUntil: s_noon, rawKeptFrom: s_noon.AddDays(-7));

        Assert.Equal(s_noon.AddDays(-30), window.HoursFrom);
    }

    [Fact]
    public void Split_NothingRolledUp_WholeWindowFromRaw()
    {
        var from = s_noon.AddHours(-3).AddMinutes(10);

        var window = HistoryWindow.Split(from, s_noon, rolledUntil: null, rawKeptFrom: from);

        Assert.False(window.HasWholeHours);
        Assert.Equal(s_noon.AddHours(-2), window.HoursFrom);
        Assert.Equal(window.HoursFrom, window.HoursTo);
    }

    [Fact]
    public void Split_WindowInsideOneHour_EdgeStaysWithinTheWindow()
    {
        var from = s_noon.AddMinutes(10);
        var to = s_noon.AddMinutes(20);

        var window = HistoryWindow.Split(from, to, rolledUntil: s_noon.AddHours(5), rawKeptFrom: from);

        Assert.Equal(new HistoryWindow(from, to, to, to), window);
    }
}

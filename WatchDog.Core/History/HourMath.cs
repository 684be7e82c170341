namespace WatchDog.Core.History;

/// <summary>UTC hour and day boundaries. Rollup periods are UTC hours and UTC days.</summary>
internal static class HourMath
{
    public static DateTimeOffset FloorHour(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static DateTimeOffset CeilHour(DateTimeOffset time)
    {
        var floor = FloorHour(time);
        return floor == time ? floor : floor.AddHours(1);
    }

    public static DateTimeOffset FloorDay(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero);
    }
}

namespace WatchDog.Web.Components.Details;

/// <summary>Short durations as people say them: "45 s", "3 min 20 s", "2 h 5 min", "1 d 4 h".</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        var d = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        return d.TotalSeconds < 60 ? $"{(int)d.TotalSeconds} s"
            : d.TotalMinutes < 60 ? Pair((int)d.TotalMinutes, "min", d.Seconds, "s")
            : d.TotalHours < 24 ? Pair((int)d.TotalHours, "h", d.Minutes, "min")
            : Pair((int)d.TotalDays, "d", d.Hours, "h");
    }

    private static string Pair(int big, string bigUnit, int small, string smallUnit) =>
        small == 0 ? $"{big} {bigUnit}" : $"{big} {bigUnit} {small} {smallUnit}";
}

namespace WatchDog.Web.Components.Targets;

/// <summary>"12 s ago", "3 min ago": short enough for a table cell on a phone.</summary>
public static class RelativeTime
{
    public static string Format(DateTimeOffset? time, DateTimeOffset now)
    {
        if (time is null)
        {
            return "never";
        }

        var age = now - time.Value;
        return age.TotalSeconds switch
        {
            < 5 => "just now",
            < 60 => $"{(int)age.TotalSeconds} s ago",
            < 3600 => $"{(int)age.TotalMinutes} min ago",
            < 86400 => $"{(int)age.TotalHours} h ago",
            _ => $"{(int)age.TotalDays} d ago",
        };
    }

    /// <summary>"30 s", "5 min", "1 h 30 min", "1 d".</summary>
    public static string Interval(TimeSpan interval)
    {
        if (interval.TotalSeconds < 60 || interval.Seconds != 0)
        {
            return $"{(long)interval.TotalSeconds} s";
        }

        if (interval.TotalMinutes < 60 || interval.Minutes != 0)
        {
            return interval.TotalHours >= 1
                ? $"{(int)interval.TotalHours} h {interval.Minutes} min"
                : $"{(int)interval.TotalMinutes} min";
        }

        return interval.TotalHours < 24 || interval.Hours != 0 ? $"{(int)interval.TotalHours} h" : $"{(int)interval.TotalDays} d";
    }
}

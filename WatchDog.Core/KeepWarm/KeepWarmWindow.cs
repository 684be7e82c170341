using Cronos;

namespace WatchDog.Core.KeepWarm;

/// <summary>
/// When a target is kept warm: a 5-field cron expression naming the minutes inside the window, read in a time
/// zone. <c>* 8-19 * * 1-5</c> in <c>Europe/Berlin</c> is every minute from 08:00 to 19:59, Monday to Friday,
/// Berlin time, summer and winter. A check slot is kept when the minute it falls in matches.
/// </summary>
public sealed class KeepWarmWindow
{
    public const string ScheduleField = "keepWarmSchedule";

    public const string TimeZoneField = "keepWarmTimeZone";

    // A fixed point to ask "does this schedule ever open?" without a clock.
    private static readonly DateTimeOffset s_reference = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CronExpression _expression;

    private KeepWarmWindow(string schedule, CronExpression expression, TimeZoneInfo zone)
    {
        Schedule = schedule;
        _expression = expression;
        Zone = zone;
    }

    public string Schedule { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>
    /// Reads a target's window. Null schedule: no window (checked around the clock), no errors. Null time zone:
    /// UTC. Errors are keyed by the API field they concern.
    /// </summary>
    public static bool TryCreate(
        string? schedule,
        string? timeZone,
        out KeepWarmWindow? window,
        out IReadOnlyDictionary<string, string> errors)
    {
        window = null;
        var found = new Dictionary<string, string>();
        errors = found;
        var zone = FindZone(timeZone, found);
        if (string.IsNullOrWhiteSpace(schedule))
        {
            return found.Count == 0;
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(schedule.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            found[ScheduleField] = $"'{schedule}' is not a 5-field cron expression (minute hour day month weekday): {ex.Message}";
            return false;
        }

        if (zone is null)
        {
            return false;
        }

        if (expression.GetNextOccurrence(s_reference, zone, inclusive: true) is null)
        {
            found[ScheduleField] = $"'{schedule}' never matches a minute, so the target would never be checked.";
            return false;
        }

        window = new KeepWarmWindow(schedule.Trim(), expression, zone);
        return true;
    }

    /// <summary>The window of a stored target; null when it has none, or a stored schedule no longer reads.</summary>
    public static KeepWarmWindow? FromStored(string? schedule, string? timeZone) =>
        TryCreate(schedule, timeZone, out var window, out _) ? window : null;

    /// <summary>True when the minute that <paramref name="time"/> falls in is inside the window.</summary>
    public bool Contains(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        var minute = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
        return _expression.GetNextOccurrence(minute, Zone, inclusive: true) == minute;
    }

    private static TimeZoneInfo? FindZone(string? timeZone, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors[TimeZoneField] = $"'{timeZone}' is not a known time zone; use an IANA id such as Europe/Berlin.";
            return null;
        }
    }
}

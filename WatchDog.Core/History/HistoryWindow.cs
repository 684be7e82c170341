namespace WatchDog.Core.History;

/// <summary>
/// How a window [<see cref="From"/>, <see cref="To"/>) is read: the whole hours [<see cref="HoursFrom"/>,
/// <see cref="HoursTo"/>) from the hourly rollups, the two edges [From, HoursFrom) and [HoursTo, To) from raw
/// results. Uptime, cold-start counts and the dashboard's 24-hour figures all split a window this way, so a
/// figure costs the same however much raw data is kept.
/// </summary>
public readonly record struct HistoryWindow(
    DateTimeOffset From,
    DateTimeOffset HoursFrom,
    DateTimeOffset HoursTo,
    DateTimeOffset To)
{
    public bool HasWholeHours => HoursTo > HoursFrom;

    /// <summary>
    /// Only hours before <paramref name="rolledUntil"/> have rollups (null: none yet). A partial first hour
    /// whose raw results are already pruned (before <paramref name="rawKeptFrom"/>) is taken whole from its
    /// rollup: the only approximation, and only for windows longer than the raw retention.
    /// </summary>
    public static HistoryWindow Split(
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset? rolledUntil,
        DateTimeOffset rawKeptFrom)
    {
        var hoursFrom = from < rawKeptFrom ? HourMath.FloorHour(from) : HourMath.CeilHour(from);
        var lastHour = HourMath.FloorHour(to);
        var hoursTo = rolledUntil is { } rolled && rolled < lastHour ? rolled : lastHour;
        if (rolledUntil is not null && hoursTo > hoursFrom)
        {
            return new HistoryWindow(from, hoursFrom, hoursTo, to);
        }

        // Nothing rolled up yet, or no whole hour inside: the whole window comes from raw results.
        var edge = hoursFrom < from ? from : hoursFrom > to ? to : hoursFrom;
        return new HistoryWindow(from, edge, edge, to);
    }
}

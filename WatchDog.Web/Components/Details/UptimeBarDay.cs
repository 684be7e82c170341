namespace WatchDog.Web.Components.Details;

/// <summary>One bar of the 90-day uptime strip: a UTC day, its uptime (null without checks) and a colour level.</summary>
public sealed record UptimeBarDay(DateOnly Day, double? UptimePercent, int Checks, int FailedChecks)
{
    /// <summary>
    /// <c>none</c> (no checks), <c>good</c> (≥ 99.9 %), <c>minor</c> (≥ 99 %), <c>major</c> (≥ 95 %), <c>bad</c> (below).
    /// The steps follow what a month of such days would mean: 99.9 % is about 43 minutes down a month.
    /// </summary>
    public string Level => UptimePercent switch
    {
        null => "none",
        >= 99.9 => "good",
        >= 99 => "minor",
        >= 95 => "major",
        _ => "bad",
    };

    public string Tooltip => UptimePercent is { } p
        ? $"{Day:yyyy-MM-dd}: {UptimeFigures.Percent(p)} up, {FailedChecks} of {Checks} checks failed"
        : $"{Day:yyyy-MM-dd}: no checks";
}

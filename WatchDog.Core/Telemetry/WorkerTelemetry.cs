using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WatchDog.Core.Telemetry;

/// <summary>
/// The one ActivitySource and Meter of the checking engine, named after the Worker service that hosts it.
/// Instruments are created once here; everything that checks or schedules records through them.
/// </summary>
public static class WorkerTelemetry
{
    public const string Name = "WatchDog.Worker";

    public const string ChecksInstrument = "watchdog.checks";

    public const string CheckDurationInstrument = "watchdog.check.duration";

    public const string ScheduleLatenessInstrument = "watchdog.schedule.lateness";

    public const string ResultsWrittenInstrument = "watchdog.results.written";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter s_meter = new(Name);

    /// <summary>Checks completed, tagged <c>outcome</c> (up/down) and <c>cold_start</c>.</summary>
    public static readonly Counter<long> Checks =
        s_meter.CreateCounter<long>(ChecksInstrument, "{check}", "Checks completed, by outcome");

    /// <summary>Response time of the final attempt of a check.</summary>
    public static readonly Histogram<double> CheckDuration =
        s_meter.CreateHistogram<double>(CheckDurationInstrument, "ms", "Response time of a check's last attempt");

    /// <summary>Actual start minus due time of each check.</summary>
    public static readonly Histogram<double> ScheduleLateness =
        s_meter.CreateHistogram<double>(ScheduleLatenessInstrument, "ms", "How late a check started after its due time");

    /// <summary>Result rows written to the database.</summary>
    public static readonly Counter<long> ResultsWritten =
        s_meter.CreateCounter<long>(ResultsWrittenInstrument, "{row}", "Check result rows written");
}

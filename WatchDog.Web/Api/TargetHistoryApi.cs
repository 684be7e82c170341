using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WatchDog.Core.History;
using WatchDog.Core.KeepWarm;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

/// <summary>Uptime, incidents, response-time history and the platform presets.</summary>
internal static class TargetHistoryApi
{
    private static readonly TimeSpan s_defaultHourSpan = TimeSpan.FromDays(7);

    private static readonly TimeSpan s_defaultDaySpan = TimeSpan.FromDays(90);

    public static RouteGroupBuilder MapTargetHistoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/platforms", () => TypedResults.Ok(PlatformPresets.All.Select(PlatformResponse.From).ToArray()));
        api.MapGet("/targets/{id:guid}/uptime", GetUptimeAsync);
        api.MapGet("/targets/{id:guid}/incidents", GetIncidentsAsync);
        api.MapGet("/targets/{id:guid}/history", GetHistoryAsync);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyDictionary<string, UptimeSummary>>, ProblemHttpResult>> GetUptimeAsync(
        Guid id,
        TargetService targets,
        UptimeCalculator uptime,
        CancellationToken ct)
    {
        if (await targets.GetAsync(id, ct) is not { } target)
        {
            return TargetsApi.NotFound(id);
        }

        return TypedResults.Ok(await uptime.GetWindowsAsync(id, target.Interval, ct));
    }

    private static async Task<Results<Ok<IncidentResponse[]>, ProblemHttpResult>> GetIncidentsAsync(
        Guid id,
        TargetInsights insights,
        CancellationToken ct,
        int limit = TargetInsights.DefaultIncidentLimit)
    {
        var incidents = await insights.GetIncidentsAsync(id, limit, ct);
        return incidents is null
            ? TargetsApi.NotFound(id)
            : TypedResults.Ok(incidents.Select(IncidentResponse.From).ToArray());
    }

    /// <summary><c>bucket</c> hour (default, last 7 days) or day (last 90 days); <c>from</c>/<c>to</c> in ISO 8601.</summary>
    private static async Task<Results<Ok<HistoryPointResponse[]>, ValidationProblem, ProblemHttpResult>> GetHistoryAsync(
        Guid id,
        TargetService targets,
        HistoryQuery history,
        TimeProvider clock,
        CancellationToken ct,
        string? bucket = null,
        string? from = null,
        string? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        RollupPeriod? period = (bucket?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "hour" => RollupPeriod.Hour,
            "day" => RollupPeriod.Day,
            _ => null,
        };
        if (period is null)
        {
            errors["bucket"] = [$"'{bucket}' is not a bucket; use hour or day."];
        }

        var end = ParseTime(to, "to", errors) ?? clock.GetUtcNow();
        var start = ParseTime(from, "from", errors)
            ?? end - (period == RollupPeriod.Day ? s_defaultDaySpan : s_defaultHourSpan);
        if (errors.Count == 0 && start >= end)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await targets.GetAsync(id, ct) is null)
        {
            return TargetsApi.NotFound(id);
        }

        var rollups = await history.GetAsync(id, period!.Value, start, end, ct);
        return TypedResults.Ok(rollups.Select(HistoryPointResponse.From).ToArray());
    }

    private static DateTimeOffset? ParseTime(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.ToUniversalTime();
        }

        errors[name] = [$"'{text}' is not a date and time; use ISO 8601 such as 2025-01-31T00:00:00Z."];
        return null;
    }
}

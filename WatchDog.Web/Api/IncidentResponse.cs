using WatchDog.Core.Incidents;

namespace WatchDog.Web.Api;

/// <summary>One down period; <c>endedAt</c> and <c>durationSeconds</c> are null while it is open.</summary>
public sealed record IncidentResponse(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long? DurationSeconds,
    string? FirstError,
    int FailedChecks)
{
    public static IncidentResponse From(Incident incident) => new(
        incident.Id,
        incident.StartedAt,
        incident.EndedAt,
        incident.Duration is { } duration ? (long)duration.TotalSeconds : null,
        incident.FirstError,
        incident.FailedChecks);
}

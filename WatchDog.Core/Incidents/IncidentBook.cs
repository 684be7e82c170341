using WatchDog.Core.Persistence;

namespace WatchDog.Core.Incidents;

/// <summary>The open incidents of a batch's targets (tracked), opened, counted and closed as checks apply.</summary>
internal sealed class IncidentBook(WatchDogDbContext db, IEnumerable<Incident> open)
{
    private readonly Dictionary<Guid, Incident> _open = open.ToDictionary(i => i.TargetId);

    public async Task ApplyAsync(Guid targetId, HealthTransition transition, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        var health = transition.Health;
        switch (transition.Change)
        {
            // An open incident the state did not know about (or a lost one) is continued, never doubled.
            case IncidentChange.Opened or IncidentChange.Extended when _open.TryGetValue(targetId, out var incident):
                incident.FailedChecks++;
                break;

            case IncidentChange.Opened or IncidentChange.Extended:
                var opened = new Incident
                {
                    TargetId = targetId,
                    StartedAt = health.FailingSince ?? checkedAt,
                    FirstError = health.FirstError,
                    FailedChecks = health.ConsecutiveFailures,
                };
                db.Incidents.Add(opened);
                _open[targetId] = opened;
                break;

            case IncidentChange.Closed when _open.Remove(targetId, out var closing):
                closing.EndedAt = checkedAt;

                // Written now, so that a new incident later in this batch never meets it in the open-incident index.
                await db.SaveChangesAsync(cancellationToken);
                break;

            default:
                break;
        }
    }
}

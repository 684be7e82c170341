using WatchDog.Core.Checks;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Incidents;

/// <summary>What applying a batch did: the target status after each result, and the state changes.</summary>
internal sealed class HealthOutcome
{
    public Dictionary<CheckResult, TargetStatus> Statuses { get; } = new(ReferenceEqualityComparer.Instance);

    public List<StatusChange> Changes { get; } = [];
}

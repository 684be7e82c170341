using WatchDog.Core.Incidents;
using WatchDog.Core.Live;

namespace WatchDog.Core.Checks;

/// <summary>What one written batch recorded: the events to publish and the targets whose state changed.</summary>
internal sealed record StoreOutcome(IReadOnlyList<CheckRecorded> Recorded, IReadOnlyList<StatusChange> Changes)
{
    public static StoreOutcome Empty { get; } = new([], []);
}

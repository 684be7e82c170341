using System.Collections.Concurrent;
using WatchDog.Core.Live;

namespace WatchDog.Tests.Incidents;

/// <summary>Keeps what the writer publishes, in memory, for the test to read.</summary>
internal sealed class RecordingPublisher : ILiveEventPublisher
{
    private readonly ConcurrentQueue<CheckRecorded> _recorded = new();

    public IReadOnlyList<CheckRecorded> Recorded => [.. _recorded];

    public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken)
    {
        foreach (var check in checks)
        {
            _recorded.Enqueue(check);
        }

        return Task.CompletedTask;
    }

    public Task PublishTargetsChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

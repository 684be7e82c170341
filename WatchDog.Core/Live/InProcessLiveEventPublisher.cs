using WatchDog.Core.Scheduling;

namespace WatchDog.Core.Live;

/// <summary>
/// Without Redis there is no one to tell across processes: recorded checks are read from the database
/// by the dashboard, and a target change only wakes a scheduler running in this same process (a
/// one-process deployment); a separate worker sees it at its next refresh.
/// </summary>
internal sealed class InProcessLiveEventPublisher(TargetsChangedSignal targetsChanged) : ILiveEventPublisher
{
    public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task PublishTargetsChangedAsync(CancellationToken cancellationToken)
    {
        targetsChanged.Notify();
        return Task.CompletedTask;
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace WatchDog.Tests.Probing;

/// <summary>A fake clock that also reports the due time of every timer created on it, so a test can advance
/// exactly when the code under test has started waiting.</summary>
internal sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _dueTimes = Channel.CreateUnbounded<TimeSpan>();

    public ChannelReader<TimeSpan> DueTimes => _dueTimes.Reader;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Writer.TryWrite(dueTime);
        return timer;
    }
}

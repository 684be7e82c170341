using WatchDog.Core.Scheduling;

namespace WatchDog.Tests.Scheduling;

public sealed class SlotCalculatorTests
{
    private static readonly DateTimeOffset s_now = new(2031, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    [Fact]
    public void NextAtOrAfter_AnyTime_IsOnTheTargetsGridAndNotBefore()
    {
        var id = Guid.Parse("6f1c1f6e-5a7d-4c7e-9d1e-3c0f2b8a9d41");
        var interval = TimeSpan.FromMinutes(5);
        var anchor = DateTimeOffset.UnixEpoch + SlotCalculator.Offset(id, interval);

        for (var i = 0; i < 1000; i++)
        {
            var time = s_now + TimeSpan.FromMilliseconds(i * 7919);
            var slot = SlotCalculator.NextAtOrAfter(id, interval, time);

            Assert.True(slot >= time);
            Assert.True(slot - time < interval);
            Assert.Equal(0, (slot - anchor).Ticks % interval.Ticks);
        }
    }

    [Fact]
    public void NextAtOrAfter_OnASlot_ReturnsThatSlot()
    {
        var id = Guid.NewGuid();
        var interval = TimeSpan.FromSeconds(30);
        var slot = SlotCalculator.NextAtOrAfter(id, interval, s_now);

        Assert.Equal(slot, SlotCalculator.NextAtOrAfter(id, interval, slot));
        Assert.Equal(slot + interval, SlotCalculator.NextAfter(id, interval, slot));
    }

    [Fact]
    public void Offset_SameTarget_IsStableAndWholeMilliseconds()
    {
        var id = Guid.Parse("0b8e4a55-3f61-4c2d-8a57-2f4e9b1d7c33");

        var offset = SlotCalculator.Offset(id, TimeSpan.FromMinutes(10));

        Assert.Equal(offset, SlotCalculator.Offset(Guid.Parse(id.ToString()), TimeSpan.FromMinutes(10)));
        Assert.Equal(0, offset.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.InRange(offset, TimeSpan.Zero, TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void NextAtOrAfter_ThousandTargetsAddedTogether_SpreadOverTheInterval()
    {
        var interval = TimeSpan.FromMinutes(1);
        var perSecond = new int[60];
        foreach (var id in DeterministicIds(1000))
        {
            var slot = SlotCalculator.NextAtOrAfter(id, interval, s_now);
            perSecond[(int)(slot - s_now).TotalSeconds]++;
        }

        // 1000 over 60 seconds is about 17 a second; a fair spread keeps every second well under 2×.
        Assert.True(perSecond.Max() <= 32, $"busiest second has {perSecond.Max()} checks");
        Assert.True(perSecond.Min() >= 5, $"quietest second has {perSecond.Min()} checks");
    }

    [Fact]
    public void FirstCheck_ThousandPendingTargets_AllWithin30SecondsAndSpread()
    {
        var perSecond = new int[30];
        foreach (var id in DeterministicIds(1000))
        {
            var first = SlotCalculator.FirstCheck(id, TimeSpan.FromHours(1), s_now);
            Assert.InRange(first - s_now, TimeSpan.Zero, TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
            perSecond[(int)(first - s_now).TotalSeconds]++;
        }

        Assert.True(perSecond.Max() <= 55, $"busiest second has {perSecond.Max()} first checks");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(29)]
    [InlineData(300)]
    public void FirstCheck_PendingTarget_WithinTheShorterOfIntervalAnd30Seconds(int intervalSeconds)
    {
        var interval = TimeSpan.FromSeconds(intervalSeconds);
        var window = interval < TimeSpan.FromSeconds(30) ? interval : TimeSpan.FromSeconds(30);

        foreach (var id in DeterministicIds(200))
        {
            var first = SlotCalculator.FirstCheck(id, interval, s_now);
            Assert.InRange(first - s_now, TimeSpan.Zero, window - TimeSpan.FromMilliseconds(1));
        }
    }

    internal static IEnumerable<Guid> DeterministicIds(int count)
    {
        var random = new Random(20310314);
        var bytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            yield return new Guid(bytes);
        }
    }
}

using WatchDog.Core.History;

namespace WatchDog.Tests.History;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentile_Empty_IsNull()
    {
        Assert.Null(new LatencyHistogram().Percentile(0.5));
    }

    [Theory]
    [InlineData(0.50, 100)]
    [InlineData(0.95, 1000)]
    public void Percentile_KnownSpread_IsWithinOneBinOfExact(double fraction, double exact)
    {
        var histogram = new LatencyHistogram();
        histogram.Add(100, 90);
        histogram.Add(1000, 10);

        var estimate = histogram.Percentile(fraction);

        Assert.NotNull(estimate);
        Assert.InRange(estimate.Value, exact / 1.2, exact * 1.2);
    }

    [Fact]
    public void Merge_TwoHalves_EqualsOneHistogramOfAll()
    {
        var all = new LatencyHistogram();
        var first = new LatencyHistogram();
        var second = new LatencyHistogram();
        for (var ms = 1; ms <= 5000; ms += 7)
        {
            all.Add(ms);
            (ms % 2 == 0 ? first : second).Add(ms);
        }

        first.Merge(second);

        Assert.Equal(all.ToString(), first.ToString());
        Assert.Equal(all.Count, first.Count);
    }

    [Fact]
    public void Parse_OfToString_RoundTrips()
    {
        var histogram = new LatencyHistogram();
        histogram.Add(0);
        histogram.Add(250, 3);
        histogram.Add(10_000_000);

        var copy = LatencyHistogram.Parse(histogram.ToString());

        Assert.Equal(histogram.ToString(), copy.ToString());
        Assert.Equal(5, copy.Count);
    }

    [Fact]
    public void BinOf_BinUpperBound_FallsInThatBin()
    {
        for (var bin = 1; bin < LatencyHistogram.BinCount - 1; bin++)
        {
            Assert.Equal(bin, LatencyHistogram.BinOf(LatencyHistogram.UpperBound(bin)));
            Assert.Equal(bin + 1, LatencyHistogram.BinOf(LatencyHistogram.UpperBound(bin) + 0.01));
        }
    }
}

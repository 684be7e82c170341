using System.Globalization;
using System.Text;

namespace WatchDog.Core.History;

/// <summary>
/// Counts response times in geometric bins (each bin 20 % wider than the one before, from 1 ms to about
/// two minutes). Histograms of different hours merge by adding counts, so percentiles of any window can
/// be estimated from rollups alone; the estimate is within one bin, about 20 %, of the exact value.
/// </summary>
public sealed class LatencyHistogram
{
    private const double Growth = 1.2;

    /// <summary>Bin i holds times in (UpperBound(i-1), UpperBound(i)]; the last bin holds everything above.</summary>
    public const int BinCount = 66;

    private readonly long[] _counts = new long[BinCount];

    public long Count { get; private set; }

    public static double UpperBound(int bin) => Math.Pow(Growth, bin);

    public static int BinOf(double milliseconds) =>
        milliseconds <= 1 ? 0 : Math.Min(BinCount - 1, (int)Math.Ceiling(Math.Log(milliseconds) / Math.Log(Growth) - 1e-9));

    public void Add(double milliseconds, long times = 1)
    {
        _counts[BinOf(milliseconds)] += times;
        Count += times;
    }

    public void Merge(LatencyHistogram other)
    {
        for (var bin = 0; bin < BinCount; bin++)
        {
            _counts[bin] += other._counts[bin];
        }

        Count += other.Count;
    }

    /// <summary>The time below which <paramref name="fraction"/> of the counted times fall, interpolated in its bin.</summary>
    public double? Percentile(double fraction)
    {
        if (Count == 0)
        {
            return null;
        }

        var rank = fraction * Count;
        long seen = 0;
        for (var bin = 0; bin < BinCount; bin++)
        {
            if (_counts[bin] == 0)
            {
                continue;
            }

            if (seen + _counts[bin] >= rank)
            {
                var lower = bin == 0 ? 0 : UpperBound(bin - 1);
                var upper = UpperBound(bin);
                var within = (rank - seen) / _counts[bin];
                return lower + ((upper - lower) * within);
            }

            seen += _counts[bin];
        }

        return UpperBound(BinCount - 1);
    }

    /// <summary>Sparse text form, <c>bin:count</c> pairs, for storage in any database.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var bin = 0; bin < BinCount; bin++)
        {
            if (_counts[bin] == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"{bin}:{_counts[bin]}");
        }

        return text.ToString();
    }

    public static LatencyHistogram Parse(string text)
    {
        var histogram = new LatencyHistogram();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var bin = int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture);
            var count = long.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            if (bin is >= 0 and < BinCount)
            {
                histogram._counts[bin] += count;
                histogram.Count += count;
            }
        }

        return histogram;
    }
}

namespace WatchDog.Core.History;

/// <summary>Adds up checks, or smaller rollups, into one <see cref="CheckRollup"/>.</summary>
internal sealed class RollupBuilder(Guid targetId, RollupPeriod period, DateTimeOffset periodStart)
{
    private readonly List<int> _goodDurations = [];
    private readonly CheckRollup _rollup = new() { TargetId = targetId, Period = period, PeriodStart = periodStart };

    public void AddCheck(bool good, int durationMs, bool coldStart)
    {
        _rollup.Checks++;
        if (coldStart)
        {
            _rollup.ColdStarts++;
        }

        if (!good)
        {
            return;
        }

        _rollup.GoodChecks++;
        _goodDurations.Add(durationMs);
        AddDuration(durationMs, durationMs, durationMs);
        _rollup.Histogram.Add(durationMs);
    }

    public void AddRollup(CheckRollup part)
    {
        _rollup.Checks += part.Checks;
        _rollup.GoodChecks += part.GoodChecks;
        _rollup.ColdStarts += part.ColdStarts;
        if (part.DurationMinMs is { } min && part.DurationMaxMs is { } max)
        {
            AddDuration(part.DurationSumMs, min, max);
        }

        _rollup.Histogram.Merge(part.Histogram);
    }

    /// <summary>
    /// Percentiles are exact (nearest rank) when built from checks, and estimated from the merged
    /// histogram when built from smaller rollups.
    /// </summary>
    public CheckRollup Build()
    {
        if (_goodDurations.Count > 0)
        {
            _goodDurations.Sort();
            _rollup.P50Ms = NearestRank(_goodDurations, 0.50);
            _rollup.P95Ms = NearestRank(_goodDurations, 0.95);
        }
        else
        {
            _rollup.P50Ms = ToMs(_rollup.Histogram.Percentile(0.50));
            _rollup.P95Ms = ToMs(_rollup.Histogram.Percentile(0.95));
        }

        return _rollup;
    }

    internal static int NearestRank(List<int> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int? ToMs(double? value) => value is { } v ? (int)Math.Round(v) : null;

    private void AddDuration(long sum, int min, int max)
    {
        _rollup.DurationSumMs += sum;
        _rollup.DurationMinMs = _rollup.DurationMinMs is { } oldMin ? Math.Min(oldMin, min) : min;
        _rollup.DurationMaxMs = _rollup.DurationMaxMs is { } oldMax ? Math.Max(oldMax, max) : max;
    }
}

namespace WatchDog.Core.Checks;

/// <summary>
/// A target's typical warm response time (<c>targets.warm_median_ms</c>), kept as a running estimate so that no
/// history has to be read per check. Only good checks that were not cold starts feed it.
/// </summary>
/// <remarks>
/// The estimate is asymmetric on purpose: a faster answer pulls it halfway down, a slower one pushes it up by an
/// eighth of the gap at most (and never by more than an eighth of itself). So a cold first answer is forgotten
/// within a few checks, and one slow outlier hardly moves it. For steady noise it settles a little below the
/// true median (about 15 % below for response times spread evenly between 1× and 3× their minimum), which
/// only makes the cold-start threshold a little stricter than "3 × median".
/// </remarks>
public static class WarmResponseTime
{
    public static int Next(int? estimateMs, int sampleMs)
    {
        var sample = Math.Max(0, sampleMs);
        if (estimateMs is not { } estimate)
        {
            return sample;
        }

        if (sample < estimate)
        {
            return estimate - (int)Math.Ceiling((estimate - sample) / 2.0);
        }

        var rise = Math.Min(sample - estimate, Math.Max(estimate, 8)) / 8.0;
        return estimate + (int)Math.Round(rise);
    }
}

namespace WatchDog.Core.Leasing;

/// <summary>Settings under <c>WatchDog:Leasing</c>: how long a scheduling lease lives and how it is kept.</summary>
public sealed class LeaseOptions
{
    public const string SectionName = "WatchDog:Leasing";

    /// <summary>How long a lease stays valid without renewal. Default 15 seconds.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the holder renews, and how often a follower retries at most. Default 5 seconds.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Prefix of every Redis key WatchDog writes. Default <c>watchdog:</c>.</summary>
    public string KeyPrefix { get; set; } = "watchdog:";

    /// <summary>
    /// The lease that decides who schedules. Default <c>scheduler</c>. Today there is one lease for all
    /// targets; splitting targets into shards means one name per shard.
    /// </summary>
    public string Name { get; set; } = "scheduler";
}

namespace WatchDog.Core.Leasing;

/// <summary>A lease kept in the database, for deployments without Redis.</summary>
public sealed class LeaseRecord
{
    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Fencing number: rises by one each time a new holder takes the lease.</summary>
    public long Epoch { get; set; }
}

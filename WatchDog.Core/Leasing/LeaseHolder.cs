namespace WatchDog.Core.Leasing;

/// <summary>
/// Who this process instance is when it holds a lease. The token is new on every start, so a restarted
/// worker never mistakes its predecessor's lease for its own.
/// </summary>
public sealed class LeaseHolder
{
    public string Token { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}

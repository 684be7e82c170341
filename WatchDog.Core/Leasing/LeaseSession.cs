namespace WatchDog.Core.Leasing;

/// <summary>
/// One uninterrupted holding of a lease: its fencing epoch, and a token cancelled the moment the
/// holding ends (lost, expired or given up on shutdown).
/// </summary>
public sealed record LeaseSession(string Name, long Epoch, CancellationToken Lost);

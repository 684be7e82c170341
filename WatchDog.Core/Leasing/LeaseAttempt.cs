namespace WatchDog.Core.Leasing;

/// <summary>
/// The answer to an acquisition: when <see cref="Acquired"/>, the fencing <see cref="Epoch"/> of our
/// holding; otherwise how long the current holder's lease still runs (<see cref="HeldFor"/>), so a
/// follower can try again right when it expires.
/// </summary>
public readonly record struct LeaseAttempt(bool Acquired, long Epoch, TimeSpan HeldFor)
{
    public static LeaseAttempt Granted(long epoch) => new(true, epoch, TimeSpan.Zero);

    public static LeaseAttempt HeldByOther(TimeSpan heldFor) =>
        new(false, 0, heldFor < TimeSpan.Zero ? TimeSpan.Zero : heldFor);
}

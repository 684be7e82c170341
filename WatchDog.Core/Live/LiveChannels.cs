namespace WatchDog.Core.Live;

/// <summary>Redis pub/sub channel names shared by Web and Worker.</summary>
public static class LiveChannels
{
    /// <summary>Payload: a JSON array of <see cref="CheckRecorded"/>.</summary>
    public const string ChecksRecorded = "watchdog:checks-recorded";

    /// <summary>Payload: ignored; any message means "reload targets".</summary>
    public const string TargetsChanged = "watchdog:targets-changed";
}

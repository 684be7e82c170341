namespace WatchDog.Core.Probing;

/// <summary>How a check cut short by the caller's cancellation (shutdown) is described in its result.</summary>
public static class CheckInterruption
{
    /// <summary>The <c>Error</c> of such a result; its outcome is Down and its error kind Unexpected.</summary>
    public const string Error = "check interrupted by shutdown";
}

namespace WatchDog.Core.Conditions;

/// <summary>How a check authenticates to its target.</summary>
public enum AuthenticationKind
{
    None,

    /// <summary>HTTP Basic with <see cref="TargetCheckSettings.Username"/> and <see cref="TargetCheckSettings.Password"/>.</summary>
    Basic,

    /// <summary><c>Authorization: Bearer</c> with <see cref="TargetCheckSettings.BearerToken"/>.</summary>
    Bearer,
}

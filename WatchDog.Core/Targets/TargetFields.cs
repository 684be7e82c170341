namespace WatchDog.Core.Targets;

/// <summary>
/// Field names used as error keys, spelled as the API spells them. The check settings use
/// <see cref="Conditions.TargetCheckSettingsFields"/> and the keep-warm fields
/// <see cref="KeepWarm.KeepWarmWindow"/>'s and <see cref="KeepWarm.KeepWarmValidation"/>'s names.
/// </summary>
public static class TargetFields
{
    public const string Url = "url";

    public const string Name = "name";

    public const string IntervalSeconds = "intervalSeconds";

    public const string FailuresToDown = "failuresToDown";

    public const string SuccessesToUp = "successesToUp";
}

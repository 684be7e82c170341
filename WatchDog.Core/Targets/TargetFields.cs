namespace WatchDog.Core.Targets;

/// <summary>Field names used as error keys, spelled as the API spells them.</summary>
public static class TargetFields
{
    public const string Url = "url";

    public const string Name = "name";

    public const string IntervalSeconds = "intervalSeconds";
}

using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Targets;

/// <summary>What the add form and the edit dialog bind to; converted to a <see cref="TargetInput"/> to save.</summary>
public sealed class TargetFormModel
{
    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? IntervalSeconds { get; set; }

    public TargetInput ToInput() => new(Url, Name, IntervalSeconds);

    public static TargetFormModel From(Target target) => new()
    {
        Url = target.Url,
        Name = target.Name,
        IntervalSeconds = (int)target.Interval.TotalSeconds,
    };
}

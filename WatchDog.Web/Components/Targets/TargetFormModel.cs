using WatchDog.Core.Conditions;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Targets;

/// <summary>What the add form and the edit dialog bind to; converted to a <see cref="TargetInput"/> to save.</summary>
public sealed class TargetFormModel
{
    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? IntervalSeconds { get; set; }

    public int? FailuresToDown { get; set; }

    public int? SuccessesToUp { get; set; }

    public string? Platform { get; set; }

    public string? KeepWarmSchedule { get; set; }

    public string? KeepWarmTimeZone { get; set; }

    /// <summary>The check settings as edited; secrets hold their masked value until the person types a new one.</summary>
    public TargetCheckSettings Check { get; set; } = new();

    /// <summary>Headers one a line, <c>Name: value</c>.</summary>
    public string? HeadersText { get; set; }

    public int? TimeoutSeconds { get; set; }

    public int? MaxResponseTimeMs { get; set; }

    public TargetInput ToInput()
    {
        var check = Check.Clone();
        check.Headers = HeaderLines.Parse(HeadersText);
        check.Timeout = TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        check.MaxResponseTime = MaxResponseTimeMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null;
        return new TargetInput(Url, Name, IntervalSeconds)
        {
            FailuresToDown = FailuresToDown,
            SuccessesToUp = SuccessesToUp,
            Platform = Platform,
            KeepWarmSchedule = KeepWarmSchedule,
            KeepWarmTimeZone = KeepWarmTimeZone,
            CheckSettings = check,
        };
    }

    public static TargetFormModel From(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var check = TargetCheckSettingsSecrets.Mask(target.CheckSettings);
        return new TargetFormModel
        {
            Url = target.Url,
            Name = target.Name,
            IntervalSeconds = (int)target.Interval.TotalSeconds,
            FailuresToDown = target.FailuresToDown,
            SuccessesToUp = target.SuccessesToUp,
            Platform = target.Platform,
            KeepWarmSchedule = target.KeepWarmSchedule,
            KeepWarmTimeZone = target.KeepWarmTimeZone,
            Check = check,
            HeadersText = HeaderLines.Format(check.Headers),
            TimeoutSeconds = check.Timeout is { } timeout ? (int)timeout.TotalSeconds : null,
            MaxResponseTimeMs = check.MaxResponseTime is { } slow ? (int)slow.TotalMilliseconds : null,
        };
    }
}

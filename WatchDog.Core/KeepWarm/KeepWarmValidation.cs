namespace WatchDog.Core.KeepWarm;

/// <summary>Checks a target's keep-warm fields as the API receives them; each error is keyed by its field.</summary>
public static class KeepWarmValidation
{
    public const string PlatformField = "platform";

    public static IReadOnlyDictionary<string, string> Validate(string? platform, string? schedule, string? timeZone)
    {
        KeepWarmWindow.TryCreate(schedule, timeZone, out _, out var windowErrors);
        var errors = new Dictionary<string, string>(windowErrors);
        if (!string.IsNullOrWhiteSpace(platform) && PlatformPresets.Find(platform) is null)
        {
            errors[PlatformField] = $"'{platform}' is not a known platform; use one of " +
                string.Join(", ", PlatformPresets.All.Select(p => p.Id)) + ", or leave it empty.";
        }

        return errors;
    }
}

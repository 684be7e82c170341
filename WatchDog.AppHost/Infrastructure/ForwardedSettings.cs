using Microsoft.Extensions.Configuration;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// Every <c>WatchDog:*</c> setting given to the AppHost (appsettings, user secrets, <c>WatchDog__...</c>
/// environment variables, command line) goes on to the projects as environment variables, so one place
/// configures the whole app. Settings that only steer the AppHost stay behind.
/// </summary>
internal static class ForwardedSettings
{
    private const string Section = "WatchDog";

    private static readonly string[] s_appHostOnlyKeys =
    [
        InfrastructureSettings.ModeKey,
        InfrastructureSettings.DataDirectoryKey,
    ];

    private static readonly string[] s_plainVariables = ["ADMIN_USER", "ADMIN_PASS"];

    /// <summary>Environment variable names (<c>WatchDog__Checks__Timeout</c>) and their values.</summary>
    public static IReadOnlyDictionary<string, string> Collect(IConfiguration configuration)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in configuration.GetSection(Section).AsEnumerable(makePathsRelative: true))
        {
            var fullKey = $"{Section}:{key}";
            if (value is null || s_appHostOnlyKeys.Any(appHostOnly => IsSameOrBelow(fullKey, appHostOnly)))
            {
                continue;
            }

            variables[fullKey.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var name in s_plainVariables)
        {
            if (configuration[name] is { } value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    private static bool IsSameOrBelow(string key, string ancestor) =>
        key.Equals(ancestor, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(ancestor + ":", StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WatchDog.Core.Conditions;

/// <summary>
/// The stored form of <see cref="TargetCheckSettings"/>: camelCase JSON text with enums as names, the same on
/// PostgreSQL and SQLite. A value converter rather than an owned JSON type keeps the column opaque to both
/// providers; nothing queries inside it.
/// </summary>
public static class TargetCheckSettingsJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(TargetCheckSettings settings) => JsonSerializer.Serialize(settings, s_options);

    /// <summary>Reads stored JSON; an empty or <c>null</c> text gives the defaults.</summary>
    public static TargetCheckSettings Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new TargetCheckSettings()
            : JsonSerializer.Deserialize<TargetCheckSettings>(json, s_options) ?? new TargetCheckSettings();

    internal static ValueConverter<TargetCheckSettings, string> Converter { get; } =
        new(v => Serialize(v), v => Deserialize(v));

    // The settings object is mutable, so EF compares and snapshots it by its JSON: editing a header in place
    // is then seen as a change and saved.
    internal static ValueComparer<TargetCheckSettings> Comparer { get; } = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => Deserialize(Serialize(v)));
}

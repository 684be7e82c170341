using System.Globalization;
using System.Text.Json;

namespace WatchDog.Core.Conditions;

/// <summary>
/// Compares the value a JSON path found with the expected text. Numbers compare as numbers (<c>5</c> equals
/// <c>5.0</c>), strings ordinally, <c>true</c>/<c>false</c>/<c>null</c> by name; an object or array compares by its
/// JSON text for <c>==</c> and <c>!=</c>.
/// </summary>
internal static class JsonComparison
{
    public static bool Holds(JsonElement actual, JsonOperator op, string expected) => op switch
    {
        JsonOperator.Equal => AreEqual(actual, expected),
        JsonOperator.NotEqual => !AreEqual(actual, expected),
        JsonOperator.Contains => Contains(actual, expected),
        _ => TryNumber(actual, out var number) && TryParseNumber(expected, out var limit) && op switch
        {
            JsonOperator.LessThan => number < limit,
            JsonOperator.LessThanOrEqual => number <= limit,
            JsonOperator.GreaterThan => number > limit,
            _ => number >= limit,
        },
    };

    /// <summary>How the found value is written in a result's detail: strings quoted, the rest as JSON.</summary>
    public static string Describe(JsonElement actual)
    {
        var text = actual.ValueKind == JsonValueKind.String ? $"'{actual.GetString()}'" : actual.GetRawText();
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    public static bool TryParseNumber(string text, out decimal number) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static bool AreEqual(JsonElement actual, string expected)
    {
        var trimmed = expected.Trim();
        return actual.ValueKind switch
        {
            JsonValueKind.String => actual.GetString() == expected,
            JsonValueKind.Number => TryParseNumber(trimmed, out var number) && TryNumber(actual, out var found)
                && found == number,
            JsonValueKind.True => string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase),
            JsonValueKind.False => string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase),
            JsonValueKind.Null => string.Equals(trimmed, "null", StringComparison.OrdinalIgnoreCase),
            _ => SameJson(actual, trimmed),
        };
    }

    private static bool Contains(JsonElement actual, string expected) => actual.ValueKind switch
    {
        JsonValueKind.String => actual.GetString()!.Contains(expected, StringComparison.Ordinal),
        JsonValueKind.Array => actual.EnumerateArray().Any(item => AreEqual(item, expected)),
        JsonValueKind.Object => actual.TryGetProperty(expected, out _),
        _ => false,
    };

    // A number beyond decimal's range (1e400) does not convert, so a numeric comparison with it fails.
    private static bool TryNumber(JsonElement element, out decimal number)
    {
        number = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out number),
            JsonValueKind.String => TryParseNumber(element.GetString()!, out number),
            _ => false,
        };
    }

    private static bool SameJson(JsonElement actual, string expected)
    {
        try
        {
            using var parsed = JsonDocument.Parse(expected);
            return JsonElement.DeepEquals(actual, parsed.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

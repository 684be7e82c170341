using System.Globalization;

namespace WatchDog.Core.Conditions;

/// <summary>Accepted status codes parsed from text such as <c>200-299, 301, 418</c>.</summary>
public sealed class StatusCodeRanges
{
    public const int Lowest = 100;

    public const int Highest = 599;

    private readonly (int From, int To)[] _ranges;

    private StatusCodeRanges((int From, int To)[] ranges, string text)
    {
        _ranges = ranges;
        Text = text;
    }

    /// <summary>The ranges written back in a normal form: <c>200-299, 301</c>.</summary>
    public string Text { get; }

    public IReadOnlyList<(int From, int To)> Ranges => _ranges;

    public bool Contains(int statusCode) => Array.Exists(_ranges, r => statusCode >= r.From && statusCode <= r.To);

    public override string ToString() => Text;

    /// <summary>
    /// Parses comma- or space-separated codes and <c>from-to</c> ranges between 100 and 599. On failure the error
    /// says which part is wrong, without naming the field (the caller knows it).
    /// </summary>
    public static bool TryParse(string? text, out StatusCodeRanges ranges, out string? error)
    {
        ranges = new StatusCodeRanges([], "");
        var parts = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            error = "list at least one status code or range, such as 200-399";
            return false;
        }

        var parsed = new List<(int From, int To)>(parts.Length);
        foreach (var part in parts)
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var fromText = dash < 0 ? part : part[..dash];
            var toText = dash < 0 ? part : part[(dash + 1)..];
            if (!TryParseCode(fromText, out var from) || !TryParseCode(toText, out var to))
            {
                error = $"'{part}' is not a status code ({Lowest}-{Highest}) or a range such as 200-299";
                return false;
            }

            if (from > to)
            {
                error = $"'{part}' is a range whose start is above its end";
                return false;
            }

            parsed.Add((from, to));
        }

        error = null;
        var normalized = string.Join(", ", parsed.Select(r => r.From == r.To
            ? r.From.ToString(CultureInfo.InvariantCulture)
            : $"{r.From}-{r.To}"));
        ranges = new StatusCodeRanges([.. parsed], normalized);
        return true;
    }

    private static bool TryParseCode(string text, out int code) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out code)
        && code is >= Lowest and <= Highest;
}

namespace WatchDog.Core.Conditions;

/// <summary>The symbols people write for <see cref="JsonOperator"/> (<c>==</c>, <c>&lt;=</c>, <c>contains</c>...).</summary>
public static class JsonOperators
{
    private static readonly (JsonOperator Operator, string Symbol)[] s_symbols =
    [
        (JsonOperator.Equal, "=="),
        (JsonOperator.NotEqual, "!="),
        (JsonOperator.LessThan, "<"),
        (JsonOperator.LessThanOrEqual, "<="),
        (JsonOperator.GreaterThan, ">"),
        (JsonOperator.GreaterThanOrEqual, ">="),
        (JsonOperator.Contains, "contains"),
    ];

    /// <summary>Every symbol, in the order a form would list them.</summary>
    public static IReadOnlyList<string> Symbols { get; } = [.. s_symbols.Select(s => s.Symbol)];

    public static string ToSymbol(this JsonOperator op) =>
        Array.Find(s_symbols, s => s.Operator == op).Symbol ?? op.ToString();

    /// <summary>Accepts a symbol (<c>&gt;=</c>) or the enum name (<c>GreaterThanOrEqual</c>), ignoring case.</summary>
    public static bool TryParse(string? text, out JsonOperator op)
    {
        var trimmed = text?.Trim() ?? "";
        foreach (var (candidate, symbol) in s_symbols)
        {
            if (string.Equals(trimmed, symbol, StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                op = candidate;
                return true;
            }
        }

        op = JsonOperator.Equal;
        return false;
    }

    public static bool IsNumeric(this JsonOperator op) =>
        op is JsonOperator.LessThan or JsonOperator.LessThanOrEqual
            or JsonOperator.GreaterThan or JsonOperator.GreaterThanOrEqual;
}

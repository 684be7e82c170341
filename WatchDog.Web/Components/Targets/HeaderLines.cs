namespace WatchDog.Web.Components.Targets;

/// <summary>Request headers as a person types them: one a line, <c>Name: value</c>.</summary>
public static class HeaderLines
{
    /// <summary>Blank lines are skipped; a line without a colon becomes a header with an empty value, which the validator reports.</summary>
    public static Dictionary<string, string> Parse(string? text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? line : line[..colon].Trim();
            headers[name] = colon < 0 ? "" : line[(colon + 1)..].Trim();
        }

        return headers;
    }

    public static string Format(IReadOnlyDictionary<string, string> headers) =>
        string.Join("\n", headers.Select(h => $"{h.Key}: {h.Value}"));
}

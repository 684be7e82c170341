using System.Globalization;
using System.Text.Json;

namespace WatchDog.Core.Conditions;

/// <summary>
/// A small subset of JSONPath that picks one value: <c>$</c> followed by member names (<c>.status</c>,
/// <c>['odd name']</c>) and array indexes (<c>[0]</c>, <c>[-1]</c> for the last). Wildcards, filters, slices and
/// recursive descent are not supported: no JSONPath library is served to this project, and a health check
/// compares one value. The leading <c>$</c> may be left out (<c>status</c> means <c>$.status</c>).
/// </summary>
public sealed class JsonPathQuery
{
    private readonly Step[] _steps;

    private JsonPathQuery(Step[] steps, string text)
    {
        _steps = steps;
        Text = text;
    }

    public string Text { get; }

    /// <summary>Finds the value at this path, or false when a member or index along it is missing.</summary>
    public bool TryFind(JsonElement root, out JsonElement value)
    {
        value = root;
        foreach (var step in _steps)
        {
            if (step.Name is { } name)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                {
                    return false;
                }

                continue;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            var length = value.GetArrayLength();
            var index = step.Index < 0 ? length + step.Index : step.Index;
            if (index < 0 || index >= length)
            {
                return false;
            }

            value = value[index];
        }

        return true;
    }

    public override string ToString() => Text;

    public static bool TryParse(string? text, out JsonPathQuery query, out string? error)
    {
        query = new JsonPathQuery([], "$");
        var path = text?.Trim() ?? "";
        if (path.Length == 0)
        {
            error = "give a path such as $.status";
            return false;
        }

        var position = path[0] == '$' ? 1 : 0;
        if (position == 0 && path[0] is not ('.' or '['))
        {
            path = "$." + path;
            position = 1;
        }
        else if (position == 0)
        {
            path = "$" + path;
            position = 1;
        }

        var steps = new List<Step>();
        while (position < path.Length)
        {
            if (!TryReadStep(path, ref position, out var step, out error))
            {
                return false;
            }

            steps.Add(step);
        }

        error = null;
        query = new JsonPathQuery([.. steps], path);
        return true;
    }

    private static bool TryReadStep(string path, ref int position, out Step step, out string? error)
    {
        step = default;
        error = null;
        if (path[position] == '.')
        {
            var start = ++position;
            while (position < path.Length && path[position] is not ('.' or '['))
            {
                position++;
            }

            var name = path[start..position];
            if (name.Length == 0 || name == "*" || name.StartsWith('.'))
            {
                error = Unsupported(path, start);
                return false;
            }

            step = new Step(name, 0);
            return true;
        }

        if (path[position] != '[')
        {
            error = Unsupported(path, position);
            return false;
        }

        var close = path.IndexOf(']', position);
        if (close < 0)
        {
            error = $"'[' at position {position + 1} is never closed";
            return false;
        }

        var inner = path[(position + 1)..close].Trim();
        if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
        {
            step = new Step(inner[1..^1], 0);
        }
        else if (int.TryParse(inner, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            step = new Step(null, index);
        }
        else
        {
            error = Unsupported(path, position);
            return false;
        }

        position = close + 1;
        return true;
    }

    private static string Unsupported(string path, int position) =>
        $"'{path}' is not supported at position {position + 1}: use member names and indexes, " +
        "such as $.status or $.checks[0]['state']";

    private readonly record struct Step(string? Name, int Index);
}

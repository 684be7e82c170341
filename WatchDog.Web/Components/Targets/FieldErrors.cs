namespace WatchDog.Web.Components.Targets;

/// <summary>Reads the validator's errors (keyed by API field name) for the message beside a form field.</summary>
public static class FieldErrors
{
    public static bool Has(IReadOnlyDictionary<string, string[]> errors, string field) => errors.ContainsKey(field);

    public static string? Of(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

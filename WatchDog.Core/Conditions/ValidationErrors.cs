namespace WatchDog.Core.Conditions;

/// <summary>Error messages collected by field, as ASP.NET Core's validation problem takes them.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

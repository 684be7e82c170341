namespace WatchDog.Core.Probing;

/// <summary>Where an attempt has been: the URLs its redirects visited and the status last seen.</summary>
internal sealed class ProbeTrail
{
    private readonly HashSet<Uri> _visited = [];

    public int? Status { get; set; }

    public IEnumerable<string> HttpsHosts =>
        _visited.Where(u => u.Scheme == Uri.UriSchemeHttps).Select(u => u.IdnHost).Distinct();

    public void Visit(Uri url) => _visited.Add(url);

    public bool HasVisited(Uri url) => _visited.Contains(url);
}

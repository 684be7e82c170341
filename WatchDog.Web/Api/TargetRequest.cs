namespace WatchDog.Web.Api;

/// <summary>Body of <c>POST /api/targets</c> and <c>PUT /api/targets/{id}</c>.</summary>
/// <param name="Url">Absolute http or https URL. Required.</param>
/// <param name="Name">Display name; defaults to the URL's host.</param>
/// <param name="IntervalSeconds">Whole seconds between checks; defaults to WatchDog:Checks:DefaultInterval.</param>
public sealed record TargetRequest(string? Url, string? Name, double? IntervalSeconds);

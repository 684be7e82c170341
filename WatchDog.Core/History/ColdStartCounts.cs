namespace WatchDog.Core.History;

/// <summary>Cold starts of one target in the last 24 hours and the last 7 days.</summary>
public sealed record ColdStartCounts(int Last24h, int Last7d);

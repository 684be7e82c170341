namespace WatchDog.Core.Targets;

/// <summary>One page of the targets table: the targets, their summaries and how many targets there are in all.</summary>
public sealed record TargetPage(
    IReadOnlyList<Target> Targets,
    IReadOnlyDictionary<Guid, TargetSummary> Summaries,
    int Total)
{
    public TargetSummary SummaryOf(Guid id) => Summaries.GetValueOrDefault(id) ?? TargetSummary.Empty;
}

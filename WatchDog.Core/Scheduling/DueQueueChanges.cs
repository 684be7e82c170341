namespace WatchDog.Core.Scheduling;

/// <summary>What one refresh changed in the <see cref="DueQueue"/>.</summary>
internal readonly record struct DueQueueChanges(int Added, int Edited, int Removed)
{
    public bool Any => Added + Edited + Removed > 0;
}

namespace WatchDog.Core.Targets;

/// <summary>The outcome of a create or update: the saved target, validation errors, or "no such target".</summary>
public sealed class TargetSaveResult
{
    private TargetSaveResult(Target? target, IReadOnlyDictionary<string, string[]> errors, bool notFound)
    {
        Target = target;
        Errors = errors;
        IsNotFound = notFound;
    }

    public Target? Target { get; }

    /// <summary>Messages keyed by field (<see cref="TargetFields"/>); nothing was saved when not empty.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsNotFound { get; }

    internal static TargetSaveResult Saved(Target target) => new(target, new Dictionary<string, string[]>(), false);

    internal static TargetSaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, false);

    internal static TargetSaveResult NotFound() => new(null, new Dictionary<string, string[]>(), true);
}

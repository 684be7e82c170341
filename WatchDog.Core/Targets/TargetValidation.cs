namespace WatchDog.Core.Targets;

/// <summary>The verdict on a <see cref="TargetInput"/>: either the cleaned fields or errors by field.</summary>
public sealed class TargetValidation
{
    private TargetValidation(ValidTarget? value, IReadOnlyDictionary<string, string[]> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The cleaned fields; null when <see cref="Errors"/> is not empty.</summary>
    public ValidTarget? Value { get; }

    /// <summary>Messages keyed by field (<see cref="TargetFields"/>); empty when the input is valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsValid => Value is not null;

    internal static TargetValidation Valid(ValidTarget value) =>
        new(value, new Dictionary<string, string[]>());

    internal static TargetValidation Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}

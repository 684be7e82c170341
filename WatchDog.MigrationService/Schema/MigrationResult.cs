namespace WatchDog.MigrationService.Schema;

/// <summary>What the run achieved; failed until the runner says otherwise, so a stop mid-way exits non-zero.</summary>
public sealed class MigrationResult
{
    public bool Succeeded { get; private set; }

    /// <summary>Migrations this run applied (empty when the database was already up to date).</summary>
    public IReadOnlyList<string> Applied { get; private set; } = [];

    public int ExitCode => Succeeded ? 0 : 1;

    internal void Succeed(IReadOnlyList<string> applied)
    {
        Applied = applied;
        Succeeded = true;
    }
}

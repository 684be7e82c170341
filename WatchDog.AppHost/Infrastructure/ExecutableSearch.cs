namespace WatchDog.AppHost.Infrastructure;

/// <summary>Finds programs the way a shell would, plus Debian's versioned PostgreSQL layout.</summary>
internal static class ExecutableSearch
{
    private const string DebianPostgresRoot = "/usr/lib/postgresql";

    private const UnixFileMode AnyExecute =
        UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(IsExecutable);
    }

    /// <summary>
    /// The newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> holding both initdb and postgres (Debian and
    /// Ubuntu keep them off the PATH), otherwise a PATH folder holding both.
    /// </summary>
    public static string? FindPostgresBinDirectory()
    {
        var versioned = Directory.Exists(DebianPostgresRoot)
            ? Directory.GetDirectories(DebianPostgresRoot)
                .Select(directory => (Version: ParseMajor(Path.GetFileName(directory)), Bin: Path.Combine(directory, "bin")))
                .Where(candidate => candidate.Version > 0 && HasServerPrograms(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return versioned ?? (FindOnPath("postgres") is { } onPath && HasServerPrograms(Path.GetDirectoryName(onPath)!)
            ? Path.GetDirectoryName(onPath)
            : null);
    }

    private static bool HasServerPrograms(string directory) =>
        IsExecutable(Path.Combine(directory, "initdb")) && IsExecutable(Path.Combine(directory, "postgres"));

    private static int ParseMajor(string name) => int.TryParse(name, out var major) ? major : 0;

    private static bool IsExecutable(string path) =>
        File.Exists(path)
        && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & AnyExecute) != 0);
}

namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL refuses to run as root, so a root AppHost runs initdb and postgres as the 'postgres' user
/// that the distribution's package creates.
/// </summary>
internal static class PostgresUser
{
    public const string Name = "postgres";

    public static bool MustSwitchUser => !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;

    public static bool Exists() =>
        File.Exists("/etc/passwd")
        && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(Name + ":", StringComparison.Ordinal));

    /// <summary>
    /// The command and leading arguments that run <paramref name="program"/> as the postgres user when needed.
    /// setpriv replaces itself with the program, so the orchestrator's stop signal reaches the program directly
    /// (runuser would stay in between and kill it two seconds after forwarding the signal).
    /// </summary>
    public static (string Command, string[] Arguments) Wrap(string program, params string[] arguments) =>
        MustSwitchUser
            ? (ExecutableSearch.FindOnPath("setpriv") ?? "setpriv",
                ["--reuid=" + Name, "--regid=" + Name, "--init-groups", "--", program, .. arguments])
            : (program, arguments);
}

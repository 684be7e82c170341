namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// A PostgreSQL cluster in a folder of the data directory: created with initdb on first run, then served
/// by the AppHost on a loopback port. Sign-in is trusted and only loopback TCP is open (no Unix socket), as
/// befits a developer's machine; production uses external mode.
/// </summary>
internal sealed class LocalPostgresCluster(string binDirectory, string dataDirectory)
{
    public const string SuperUser = "postgres";

    private const string FastShutdownScript =
        "trap 'kill -INT \"$pid\"' TERM INT; \"$@\" & pid=$!; wait \"$pid\"; wait \"$pid\"";

    private static readonly TimeSpan s_initTimeout = TimeSpan.FromMinutes(2);

    public string DataDirectory => dataDirectory;

    /// <summary>
    /// postgres under a small shell that turns the orchestrator's SIGTERM into SIGINT: SIGTERM asks
    /// postgres to wait for every client to leave, and Web and Worker are still connected when the
    /// AppHost stops, so the orchestrator would kill it mid-way; SIGINT disconnects them and shuts down
    /// cleanly in well under a second.
    /// </summary>
    public (string Command, string[] Arguments) ServerCommand(int port) =>
        PostgresUser.Wrap(
            "/bin/sh",
            "-c", FastShutdownScript,
            "postgres",
            Path.Combine(binDirectory, "postgres"),
            "-D", dataDirectory,
            "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=");

    public static string ConnectionString(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username={SuperUser};Database={database}";

    /// <summary>Runs initdb unless the folder already holds a cluster; throws with initdb's own words on failure.</summary>
    public void EnsureInitialized()
    {
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        if (PostgresUser.MustSwitchUser)
        {
            var chown = ProcessRunner.Run("chown", [$"{PostgresUser.Name}:{PostgresUser.Name}", dataDirectory], s_initTimeout);
            ThrowIfFailed(chown, "chown");
        }

        var (command, arguments) = PostgresUser.Wrap(
            Path.Combine(binDirectory, "initdb"),
            "-D", dataDirectory,
            "-U", SuperUser,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C");
        ThrowIfFailed(ProcessRunner.Run(command, arguments, s_initTimeout, dataDirectory), "initdb");
    }

    private void ThrowIfFailed(ProcessRunner.Result result, string step)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not prepare the local PostgreSQL cluster in {dataDirectory}: {step} exited {result.ExitCode}: " +
                $"{result.Error} {result.Output}".Trim());
        }
    }
}

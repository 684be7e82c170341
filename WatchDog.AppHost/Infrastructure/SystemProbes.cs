namespace WatchDog.AppHost.Infrastructure;

/// <summary>Asks this machine, quickly and honestly, what infrastructure it can offer.</summary>
internal sealed class SystemProbes(string? configuredContainerRuntime) : IInfrastructureProbes
{
    private static readonly TimeSpan s_probeTimeout = TimeSpan.FromSeconds(5);

    public ContainerRuntime? DetectContainerRuntime()
    {
        // A docker client without an engine exits non-zero here, so only a server version counts.
        string[] candidates = configuredContainerRuntime is { Length: > 0 } configured
            ? [configured]
            : ["docker", "podman"];
        foreach (var name in candidates)
        {
            if (ExecutableSearch.FindOnPath(name) is not { } path)
            {
                continue;
            }

            var format = name == "podman" ? "{{.Version.Version}}" : "{{.ServerVersion}}";
            var result = ProcessRunner.Run(path, ["info", "--format", format], s_probeTimeout);
            if (result.Succeeded && result.Output.Length > 0)
            {
                return new ContainerRuntime(name, result.Output);
            }
        }

        return null;
    }

    public LocalPrograms FindLocalPrograms() =>
        new(ExecutableSearch.FindPostgresBinDirectory(), ExecutableSearch.FindOnPath("redis-server"));

    public string? FindPostgresDataProblem(string postgresDataDirectory)
    {
        if (!PostgresUser.MustSwitchUser)
        {
            return null;
        }

        if (!PostgresUser.Exists())
        {
            return "running as root and there is no 'postgres' user to run it as";
        }

        // The cluster folder itself is handed to postgres; every folder above it must let postgres pass.
        for (var parent = Directory.GetParent(postgresDataDirectory); parent is not null; parent = parent.Parent)
        {
            if (parent.Exists && !parent.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return $"the postgres user cannot enter {parent.FullName} (no o+x), so it cannot reach " +
                    $"{postgresDataDirectory}; set {InfrastructureSettings.DataDirectoryKey} to a folder it can reach " +
                    $"or run chmod o+x {parent.FullName}";
            }
        }

        return null;
    }
}

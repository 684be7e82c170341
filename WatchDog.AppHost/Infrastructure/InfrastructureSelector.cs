namespace WatchDog.AppHost.Infrastructure;

/// <summary>
/// Decides where the database and Redis come from. In auto mode it takes the first that works:
/// configured connection strings, a container runtime that answers, PostgreSQL and redis-server installed
/// here, and finally an embedded SQLite file. A forced mode that cannot work fails at start with the
/// reason, rather than leaving resources waiting forever.
/// </summary>
internal static class InfrastructureSelector
{
    public static InfrastructureChoice Select(InfrastructureSettings settings, IInfrastructureProbes probes) =>
        settings.RequestedMode switch
        {
            InfrastructureMode.External => SelectExternal(settings, forced: true),
            InfrastructureMode.Containers => SelectContainers(probes),
            InfrastructureMode.Local => SelectLocal(settings, probes),
            InfrastructureMode.Embedded => new(InfrastructureMode.Embedded, $"forced by {InfrastructureSettings.ModeKey}"),
            _ => SelectAutomatically(settings, probes),
        };

    private static InfrastructureChoice SelectAutomatically(InfrastructureSettings settings, IInfrastructureProbes probes)
    {
        if (settings.DatabaseConnectionString is not null)
        {
            return SelectExternal(settings, forced: false);
        }

        var reasons = new List<string>
        {
            settings.RedisConnectionString is null
                ? "no connection strings"
                : "ConnectionStrings:redis is ignored without ConnectionStrings:watchdog",
        };

        if (probes.DetectContainerRuntime() is { } runtime)
        {
            reasons.Add($"{runtime.Name} {runtime.ServerVersion} answers");
            return new(InfrastructureMode.Containers, string.Join(", ", reasons), ContainerRuntime: runtime);
        }

        reasons.Add("no container runtime");
        var programs = probes.FindLocalPrograms();
        if (!programs.AreComplete)
        {
            reasons.Add(programs.DescribeMissing());
            return new(InfrastructureMode.Embedded, string.Join(", ", reasons));
        }

        if (probes.FindPostgresDataProblem(settings.PostgresDataDirectory) is { } problem)
        {
            reasons.Add($"PostgreSQL installed but unusable: {problem}");
            return new(InfrastructureMode.Embedded, string.Join(", ", reasons));
        }

        reasons.Add(programs.DescribeMissing());
        return new(InfrastructureMode.Local, string.Join(", ", reasons), LocalPrograms: programs);
    }

    private static InfrastructureChoice SelectExternal(InfrastructureSettings settings, bool forced)
    {
        if (settings.DatabaseConnectionString is null)
        {
            throw new InvalidOperationException(
                $"{InfrastructureSettings.ModeKey} is 'external' but ConnectionStrings:watchdog is not set: " +
                "set it in the AppHost's user secrets or as the environment variable ConnectionStrings__watchdog.");
        }

        var why = forced ? $"forced by {InfrastructureSettings.ModeKey}" : "ConnectionStrings:watchdog is set";
        var redis = settings.RedisConnectionString is null
            ? "no ConnectionStrings:redis, leases kept in the database"
            : "ConnectionStrings:redis is set";
        return new(InfrastructureMode.External, $"{why}, {redis}");
    }

    private static InfrastructureChoice SelectContainers(IInfrastructureProbes probes)
    {
        var runtime = probes.DetectContainerRuntime() ?? throw new InvalidOperationException(
            $"{InfrastructureSettings.ModeKey} is 'containers' but no container runtime answers " +
            "(`docker info` / `podman info` found no engine): start one, or choose another mode.");
        return new(
            InfrastructureMode.Containers,
            $"forced by {InfrastructureSettings.ModeKey}, {runtime.Name} {runtime.ServerVersion} answers",
            ContainerRuntime: runtime);
    }

    private static InfrastructureChoice SelectLocal(InfrastructureSettings settings, IInfrastructureProbes probes)
    {
        var programs = probes.FindLocalPrograms();
        if (!programs.AreComplete)
        {
            throw new InvalidOperationException(
                $"{InfrastructureSettings.ModeKey} is 'local' but {programs.DescribeMissing()}: " +
                "install them (Debian: apt-get install postgresql redis-server) or choose another mode.");
        }

        if (probes.FindPostgresDataProblem(settings.PostgresDataDirectory) is { } problem)
        {
            throw new InvalidOperationException(
                $"{InfrastructureSettings.ModeKey} is 'local' but PostgreSQL cannot use its data folder: {problem}");
        }

        return new(InfrastructureMode.Local, $"forced by {InfrastructureSettings.ModeKey}", LocalPrograms: programs);
    }
}

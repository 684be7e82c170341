using WatchDog.AppHost.Infrastructure;

namespace WatchDog.Tests.AppHost;

public sealed class InfrastructureSelectorTests
{
    private const string Postgres = "Host=db.example.test;Database=watchdog";
    private const string Redis = "cache.example.test:6379";

    [Fact]
    public void Select_AutoWithDatabaseConnectionString_ChoosesExternalWithoutProbing()
    {
        var probes = new FakeProbes { Runtime = new ContainerRuntime("docker", "27.0.1"), Programs = FakeProbes.Installed };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto, Postgres, Redis), probes);

        Assert.Equal(InfrastructureMode.External, choice.Mode);
        Assert.Contains("ConnectionStrings:watchdog is set", choice.Reason);
        Assert.Equal(0, probes.ContainerRuntimeQuestions);
    }

    [Fact]
    public void Select_AutoExternalWithoutRedis_SaysLeasesStayInTheDatabase()
    {
        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto, Postgres), new FakeProbes());

        Assert.Equal(InfrastructureMode.External, choice.Mode);
        Assert.Contains("no ConnectionStrings:redis", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithAnsweringContainerRuntime_ChoosesContainers()
    {
        var probes = new FakeProbes { Runtime = new ContainerRuntime("podman", "5.2.0"), Programs = FakeProbes.Installed };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto), probes);

        Assert.Equal(InfrastructureMode.Containers, choice.Mode);
        Assert.Equal("podman", choice.ContainerRuntime?.Name);
        Assert.Contains("podman 5.2.0 answers", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithoutRuntimeButInstalledPrograms_ChoosesLocal()
    {
        var probes = new FakeProbes { Programs = FakeProbes.Installed };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto), probes);

        Assert.Equal(InfrastructureMode.Local, choice.Mode);
        Assert.Equal(FakeProbes.Installed, choice.LocalPrograms);
        Assert.Contains("no container runtime", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithUnreachableDataFolder_FallsBackToEmbeddedAndSaysWhy()
    {
        var probes = new FakeProbes { Programs = FakeProbes.Installed, DataProblem = "the postgres user cannot enter /root" };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto), probes);

        Assert.Equal(InfrastructureMode.Embedded, choice.Mode);
        Assert.Contains("the postgres user cannot enter /root", choice.Reason);
    }

    [Theory]
    [InlineData(null, null, "PostgreSQL and redis-server not installed")]
    [InlineData(null, "/usr/bin/redis-server", "PostgreSQL not installed")]
    [InlineData("/usr/lib/postgresql/15/bin", null, "redis-server not installed")]
    public void Select_AutoWithNothingComplete_ChoosesEmbeddedAndNamesWhatIsMissing(
        string? postgresBin,
        string? redisServer,
        string missing)
    {
        var probes = new FakeProbes { Programs = new LocalPrograms(postgresBin, redisServer) };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto), probes);

        Assert.Equal(InfrastructureMode.Embedded, choice.Mode);
        Assert.Equal($"no connection strings, no container runtime, {missing}", choice.Reason);
    }

    [Fact]
    public void Select_AutoWithRedisConnectionStringAlone_IgnoresItAndSaysSo()
    {
        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Auto, redis: Redis), new FakeProbes());

        Assert.Equal(InfrastructureMode.Embedded, choice.Mode);
        Assert.StartsWith("ConnectionStrings:redis is ignored without ConnectionStrings:watchdog", choice.Reason);
    }

    [Fact]
    public void Select_ForcedEmbedded_IgnoresEverythingElse()
    {
        var probes = new FakeProbes { Runtime = new ContainerRuntime("docker", "27.0.1"), Programs = FakeProbes.Installed };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Embedded, Postgres, Redis), probes);

        Assert.Equal(InfrastructureMode.Embedded, choice.Mode);
        Assert.Equal("forced by WatchDog:Infrastructure", choice.Reason);
        Assert.Equal(0, probes.ContainerRuntimeQuestions);
    }

    [Fact]
    public void Select_ForcedExternalWithConnectionString_ChoosesExternal()
    {
        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.External, Postgres, Redis), new FakeProbes());

        Assert.Equal(InfrastructureMode.External, choice.Mode);
        Assert.Equal("forced by WatchDog:Infrastructure, ConnectionStrings:redis is set", choice.Reason);
    }

    [Fact]
    public void Select_ForcedExternalWithoutConnectionString_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureSelector.Select(Settings(InfrastructureMode.External, redis: Redis), new FakeProbes()));

        Assert.Contains("ConnectionStrings__watchdog", error.Message);
    }

    [Fact]
    public void Select_ForcedContainersWithRuntime_ChoosesContainers()
    {
        var probes = new FakeProbes { Runtime = new ContainerRuntime("docker", "27.0.1") };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Containers, Postgres), probes);

        Assert.Equal(InfrastructureMode.Containers, choice.Mode);
    }

    [Fact]
    public void Select_ForcedContainersWithoutRuntime_ThrowsInsteadOfWaitingForever()
    {
        var probes = new FakeProbes { Programs = FakeProbes.Installed };

        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureSelector.Select(Settings(InfrastructureMode.Containers), probes));

        Assert.Contains("no container runtime answers", error.Message);
    }

    [Fact]
    public void Select_ForcedLocalWithPrograms_ChoosesLocalEvenWithARuntime()
    {
        var probes = new FakeProbes { Runtime = new ContainerRuntime("docker", "27.0.1"), Programs = FakeProbes.Installed };

        var choice = InfrastructureSelector.Select(Settings(InfrastructureMode.Local, Postgres), probes);

        Assert.Equal(InfrastructureMode.Local, choice.Mode);
        Assert.Equal(0, probes.ContainerRuntimeQuestions);
    }

    [Fact]
    public void Select_ForcedLocalWithoutPostgres_ThrowsNamingWhatIsMissing()
    {
        var probes = new FakeProbes { Programs = new LocalPrograms(null, "/usr/bin/redis-server") };

        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureSelector.Select(Settings(InfrastructureMode.Local), probes));

        Assert.Contains("PostgreSQL not installed", error.Message);
    }

    [Fact]
    public void Select_ForcedLocalWithUnreachableDataFolder_ThrowsWithTheProblem()
    {
        var probes = new FakeProbes { Programs = FakeProbes.Installed, DataProblem = "no o+x on /root" };

        var error = Assert.Throws<InvalidOperationException>(
            () => InfrastructureSelector.Select(Settings(InfrastructureMode.Local), probes));

        Assert.Contains("no o+x on /root", error.Message);
    }

    private static InfrastructureSettings Settings(InfrastructureMode mode, string? database = null, string? redis = null) =>
        new(mode, "/tmp/watchdog-data", database, redis);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchDog.AppHost.Infrastructure;

internal static class InfrastructureBuilderExtensions
{
    private const string ContainerRuntimeKey = "DcpPublisher:ContainerRuntime";

    /// <summary>
    /// Chooses the infrastructure (see <see cref="InfrastructureSelector"/>), adds its resources and says in
    /// one log line at start which mode was chosen and why.
    /// </summary>
    internal static WatchDogInfrastructure AddWatchDogInfrastructure(
        this IDistributedApplicationBuilder builder,
        IInfrastructureProbes? probes = null)
    {
        var settings = InfrastructureSettings.FromConfiguration(builder.Configuration, builder.AppHostDirectory);
        probes ??= new SystemProbes(
            builder.Configuration[ContainerRuntimeKey] ?? builder.Configuration["ASPIRE_CONTAINER_RUNTIME"]);
        var choice = InfrastructureSelector.Select(settings, probes);
        var infrastructure = choice.Mode switch
        {
            InfrastructureMode.External => ExternalInfrastructure.Add(builder, settings, choice),
            InfrastructureMode.Containers => ContainerInfrastructure.Add(builder, choice),
            InfrastructureMode.Local => LocalInfrastructure.Add(builder, settings, choice),
            _ => EmbeddedInfrastructure.Add(builder, settings, choice),
        };

        builder.Eventing.Subscribe<BeforeStartEvent>((startEvent, _) =>
        {
            var logger = startEvent.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WatchDog.AppHost");
            logger.LogInformation(
                "Infrastructure: {Mode} ({Reason}) — {Location}",
                choice.Mode.ToString().ToLowerInvariant(),
                choice.Reason,
                infrastructure.Location);
            return Task.CompletedTask;
        });

        return infrastructure;
    }

    /// <summary>
    /// Adds a WatchDog project wired to the infrastructure: its connection strings and provider, every
    /// forwarded <c>WatchDog:*</c> setting and the AppHost's environment name. The project's own launch
    /// profile is not used, so ports and environment are decided here, in one place.
    /// </summary>
    internal static IResourceBuilder<ProjectResource> AddWatchDogProject<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        WatchDogInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);

        foreach (var (variable, value) in ForwardedSettings.Collect(builder.Configuration))
        {
            project.WithEnvironment(variable, value);
        }

        project.WithReference(infrastructure.Database);
        if (infrastructure.DatabaseProvider is { } provider)
        {
            project.WithEnvironment("WatchDog__Database__Provider", provider);
        }

        if (infrastructure.Redis is { } redis)
        {
            project.WithReference(redis);
        }

        return project;
    }

    /// <summary>Makes the resource start only once every server of the infrastructure is healthy.</summary>
    internal static IResourceBuilder<T> WaitForServers<T>(
        this IResourceBuilder<T> resource,
        WatchDogInfrastructure infrastructure)
        where T : IResourceWithWaitSupport
    {
        foreach (var server in infrastructure.Servers)
        {
            resource.WaitFor(server);
        }

        return resource;
    }
}

using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.AppHost;

/// <summary>
/// The real AppHost, forced to external mode with the test PostgreSQL (a fresh, empty database) and Redis,
/// started once for a test class and torn down after it (disposing an app takes ~12 s).
/// The testing builder randomizes the ports of proxied endpoints (DcpPublisher:RandomizePorts), so the
/// web project's fixed port 5000 never clashes with a running WatchDog.
/// </summary>
public sealed class ExternalAppHostFixture : IAsyncLifetime
{
    public const string AdminUser = "admin";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);

    private readonly string _databaseName = "wd_apphost_" + Guid.NewGuid().ToString("N");

    private DistributedApplication? _app;

    public string AdminPassword { get; } = "pw-" + Guid.NewGuid().ToString("N");

    public string DatabaseConnectionString =>
        new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = _databaseName }.ConnectionString;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(s_startTimeout);
        await ExecuteAsync($"CREATE DATABASE \"{_databaseName}\"", timeout.Token);

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.WatchDog_AppHost>(
            [
                "--WatchDog:Infrastructure=external",
                $"--ConnectionStrings:watchdog={DatabaseConnectionString}",
                $"--ConnectionStrings:redis={TestServers.Redis}",
                $"--WatchDog:Admin:User={AdminUser}",
                $"--WatchDog:Admin:Password={AdminPassword}",
                "--DcpPublisher:ContainerRuntimeInitializationTimeout=00:00:00",
            ],
            timeout.Token).WaitAsync(timeout.Token);
        _app = await builder.BuildAsync(timeout.Token).WaitAsync(timeout.Token);
        await _app.StartAsync(timeout.Token).WaitAsync(timeout.Token);
        try
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync("web", timeout.Token).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException(
                $"'web' did not become healthy within {s_startTimeout.TotalMinutes:0} minutes: its /health " +
                "endpoint never answered 200 (or the migrations it waits for did not finish).",
                ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
        }

        NpgsqlConnection.ClearAllPools();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", timeout.Token);
    }

    private static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

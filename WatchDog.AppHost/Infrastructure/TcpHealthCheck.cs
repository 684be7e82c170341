using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>Healthy once something accepts TCP connections on the port.</summary>
internal sealed class TcpHealthCheck(string host, int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException ex)
        {
            return HealthCheckResult.Unhealthy($"Nothing accepts connections on {host}:{port}.", ex);
        }
    }
}

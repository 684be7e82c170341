using System.Net;
using System.Net.Sockets;

namespace WatchDog.AppHost.Infrastructure;

/// <summary>Picks loopback ports for the servers the AppHost starts itself.</summary>
internal static class LoopbackPorts
{
    /// <summary>
    /// The preferred port when nothing listens on it (so tools can keep one address across runs),
    /// otherwise one the system hands out.
    /// </summary>
    public static int PreferOrFree(int preferred) => IsFree(preferred) ? preferred : Free();

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

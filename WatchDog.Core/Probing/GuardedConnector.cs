using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;

namespace WatchDog.Core.Probing;

/// <summary>
/// The connect step of the checker's handler: resolves the host itself and opens a socket only to an address the
/// policy allows. Judging here, after DNS and for every connection, is what stops DNS tricks and redirects to
/// internal addresses; checking the URL when it is saved cannot.
/// </summary>
internal sealed class GuardedConnector(AddressPolicy policy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);

        string? firstRefusal = null;
        Exception? lastError = null;
        foreach (var address in addresses)
        {
            if (policy.GetRefusalReason(address) is { } refusal)
            {
                firstRefusal ??= refusal;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception ex)
            {
                socket.Dispose();
                if (ex is OperationCanceledException)
                {
                    throw;
                }

                lastError = ex;
            }
        }

        if (lastError is not null)
        {
            ExceptionDispatchInfo.Throw(lastError);
        }

        if (firstRefusal is null)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        throw new AddressBlockedException(literal is null
            ? $"refused to connect to '{host}': {firstRefusal}"
            : $"refused to connect: {firstRefusal}");
    }
}

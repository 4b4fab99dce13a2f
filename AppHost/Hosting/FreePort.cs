using System.Net;
using System.Net.Sockets;

namespace RenminDaibiao.AppHost.Hosting;

internal static class FreePort
{
    /// <summary>Ports this process handed out already; the kernel may offer a released port again at once.</summary>
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// Asks the kernel for a loopback port that is free on IPv4 and IPv6 alike (a "localhost" endpoint binds both;
    /// one half taken would leave it answering on the other alone) and that this process has not handed out before.
    /// </summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (IsFreeOnIPv6Loopback(port))
            {
                lock (HandedOut)
                {
                    if (HandedOut.Add(port))
                    {
                        return port;
                    }
                }
            }
        }
    }

    private static bool IsFreeOnIPv6Loopback(int port)
    {
        if (!Socket.OSSupportsIPv6)
        {
            return true;
        }

        try
        {
            using var listener = new TcpListener(IPAddress.IPv6Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            // No IPv6 loopback on this machine: "localhost" binds IPv4 only.
            return true;
        }
    }
}

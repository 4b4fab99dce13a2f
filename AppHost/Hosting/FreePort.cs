using System.Net;
using System.Net.Sockets;

namespace RenminDaibiao.AppHost.Hosting;

internal static class FreePort
{
    /// <summary>Asks the kernel for a free loopback port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

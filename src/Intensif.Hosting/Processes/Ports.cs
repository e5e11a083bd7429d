using System.Net;
using System.Net.Sockets;

namespace Intensif.Hosting.Processes;

/// <summary>Loopback port helpers: is a port free, and a free port picked by the kernel.</summary>
public static class Ports
{
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A free port in [min, max) whose companions (port + each offset) are free too.</summary>
    public static int GetFreeInRange(int min, int max, params int[] companionOffsets)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(min, max);
            if (IsFree(port) && companionOffsets.All(o => IsFree(port + o))) return port;
        }
        throw new InvalidOperationException($"No free loopback port between {min} and {max}.");
    }

    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

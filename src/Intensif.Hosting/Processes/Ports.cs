using System.Net;
using System.Net.Sockets;

namespace Intensif.Hosting.Processes;

/// <summary>
/// Loopback port helpers. Ports we pick to listen on later come from below the kernel's ephemeral range
/// (<c>/proc/sys/net/ipv4/ip_local_port_range</c>): a port picked inside it can be taken by any outgoing connection
/// (to PostgreSQL, RabbitMQ, a health probe) between the pick and the bind. A port is never handed out twice in one process.
/// </summary>
public static class Ports
{
    private const int ListenMin = 10000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock HandedOutLock = new();

    /// <summary>The lowest ephemeral port of this machine (32768 when it cannot be read).</summary>
    public static int EphemeralMin { get; } = ReadEphemeralMin();

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

    /// <summary>A free port to listen on later, outside the ephemeral range.</summary>
    public static int GetFree() => GetFreeInRange(ListenMin, Math.Max(ListenMin + 1000, EphemeralMin));

    /// <summary>A free port in [min, max) whose companions (port + each offset) are free too, never handed out before.</summary>
    public static int GetFreeInRange(int min, int max, params int[] companionOffsets)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var port = Random.Shared.Next(min, max);
            int[] all = [port, .. companionOffsets.Select(o => port + o)];
            lock (HandedOutLock)
            {
                if (all.Any(HandedOut.Contains) || !all.All(IsFree)) continue;
                HandedOut.UnionWith(all);
            }
            return port;
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

    private static int ReadEphemeralMin()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32768;
        }
    }
}

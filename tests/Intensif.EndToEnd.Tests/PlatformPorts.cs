using Intensif.Hosting.Processes;

namespace Intensif.EndToEnd.Tests;

/// <summary>Free loopback ports for one platform run, outside the ephemeral range (RabbitMQ below 35500, with its epmd and distribution ports free).</summary>
public sealed record PlatformPorts(int Postgres, int RabbitMq, int Gateway, int Dashboard)
{
    public static PlatformPorts Free() => new(
        Ports.GetFree(),
        Ports.GetFreeInRange(20000, 35000, 1, 20000),
        Ports.GetFree(),
        Ports.GetFree());

    public IEnumerable<int> All => [Postgres, RabbitMq, RabbitMq + 1, RabbitMq + 20000, Gateway, Dashboard];
}

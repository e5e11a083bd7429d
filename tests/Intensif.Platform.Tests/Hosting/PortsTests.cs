using Intensif.Hosting.Processes;

namespace Intensif.Platform.Tests.Hosting;

public class PortsTests
{
    [Fact]
    public void Ports_picked_for_later_listening_lie_below_the_ephemeral_range_so_outgoing_connections_cannot_take_them()
    {
        var ports = Enumerable.Range(0, 50).Select(_ => Ports.GetFree()).ToList();

        Assert.All(ports, p => Assert.InRange(p, 10000, Ports.EphemeralMin - 1));
    }

    [Fact]
    public void A_port_is_never_handed_out_twice_in_one_process_even_before_anything_binds_it()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => Ports.GetFreeInRange(30000, 30300)).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void Companion_ports_are_reserved_with_their_port()
    {
        var port = Ports.GetFreeInRange(31000, 31400, 1, 2);
        var others = Enumerable.Range(0, 100).Select(_ => Ports.GetFreeInRange(31000, 31400)).ToList();

        Assert.DoesNotContain(port + 1, others);
        Assert.DoesNotContain(port + 2, others);
    }
}

using System.Net;
using System.Net.Sockets;
using Intensif.Hosting.Servers;

namespace Intensif.Platform.Tests.Hosting;

public sealed class ServerLauncherFailureTests
{
    [Fact]
    public void RabbitMQ_on_a_busy_port_is_refused_with_the_setting_to_change()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        if (port >= 35500) return;   // the kernel picked a port the launcher refuses for another reason
        using var state = new TempStateDirectory();

        var error = Assert.Throws<HostingException>(() => new RabbitMqLauncher(new RabbitMqServerOptions { Directory = state.Path, Port = port }).Prepare());

        Assert.Contains($"AMQP port {port} on 127.0.0.1 is already in use", error.Message);
        Assert.Contains("RabbitMQ:Port", error.Message);
    }

    [Fact]
    public void A_RabbitMQ_port_too_high_for_its_distribution_port_is_refused()
    {
        using var state = new TempStateDirectory();

        var error = Assert.Throws<HostingException>(() => new RabbitMqLauncher(new RabbitMqServerOptions { Directory = state.Path, Port = 40000 }).Prepare());

        Assert.Contains("below 35500", error.Message);
    }

    [Fact]
    public async Task PostgreSQL_on_a_busy_port_is_refused_with_the_setting_to_change()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        using var state = new TempStateDirectory();

        var error = await Assert.ThrowsAsync<HostingException>(() =>
            new PostgresLauncher(new PostgresServerOptions { Directory = state.Path, Port = port }).PrepareAsync());

        Assert.Contains($"port {port} on 127.0.0.1 is already in use", error.Message);
        Assert.Contains("Postgres:Port", error.Message);
    }
}

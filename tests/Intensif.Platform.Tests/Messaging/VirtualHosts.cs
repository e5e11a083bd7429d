using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;
using Intensif.Testing;

namespace Intensif.Platform.Tests.Messaging;

/// <summary>
/// A fresh virtual host on the shared test broker, so tests do not see each other's exchanges (an exchange per
/// message type is shared by every publisher of that type within a virtual host).
/// </summary>
internal static class VirtualHosts
{
    private const string Ctl = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    /// <summary>Returns the amqp:// URI of a new virtual host the test user may use.</summary>
    public static async Task<string> CreateAsync(string prefix)
    {
        var broker = await TestServers.RabbitMqAsync();
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        await RunAsync(broker, "add_vhost", name);
        await RunAsync(broker, "set_permissions", "-p", name, broker.Options.UserName, ".*", ".*", ".*");
        return broker.ConnectionString + name;
    }

    private static async Task RunAsync(RabbitMqLauncher broker, params string[] arguments)
    {
        var output = new List<string>();
        var spec = new ChildProcessSpec(Ctl, arguments) { Environment = broker.NodeEnvironment() };
        await using var ctl = ChildProcess.Start(spec, line => { lock (output) output.Add(line.Text); });
        var exit = await ctl.Exited.WaitAsync(TimeSpan.FromSeconds(60));
        if (exit != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} exited {exit}: {string.Join(" | ", output)}");
    }
}

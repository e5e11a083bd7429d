using System.Net;
using System.Net.Sockets;
using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Servers;

public sealed record RabbitMqServerOptions
{
    /// <summary>Folder holding the node's mnesia, logs, config, cookie and generated credentials.</summary>
    public required string Directory { get; init; }
    /// <summary>AMQP port; below 35500 because the distribution port is AMQP + 20000 and the CLI uses up to + 10010 more.</summary>
    public required int Port { get; init; }
    public string NodeName { get; init; } = "intensif";
    public string UserName { get; init; } = "intensif";
}

/// <summary>
/// Runs a private RabbitMQ node as a foreground child process: private node name, AMQP, distribution and epmd ports,
/// all on loopback, its own cookie, and a generated user instead of guest/guest. Runs as root straight from
/// /usr/lib/rabbitmq/bin (the /usr/sbin wrappers switch user and use the wrong cookie).
/// </summary>
public sealed class RabbitMqLauncher(RabbitMqServerOptions options)
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public RabbitMqServerOptions Options { get; } = options;
    public string Password { get; private set; } = "";
    public int DistributionPort => Options.Port + 20000;
    public int EpmdPort => Options.Port + 1;

    /// <summary>Aspire's form: the connection string of a RabbitMQ resource is its URI.</summary>
    public string ConnectionString => $"amqp://{Options.UserName}:{Password}@127.0.0.1:{Options.Port}/";

    public ChildProcessSpec Prepare()
    {
        if (!File.Exists(ServerScript))
            throw new HostingException($"RabbitMQ is not installed (no {ServerScript}): run `apt-get install -y rabbitmq-server`, or point ConnectionStrings:messaging at an external broker.");
        if (Options.Port >= 35500)
            throw new HostingException($"RabbitMQ: AMQP port {Options.Port} is too high (the distribution port would be {DistributionPort}): choose a port below 35500 (RabbitMQ:Port).");
        foreach (var (port, what) in new[] { (Options.Port, "AMQP"), (DistributionPort, "distribution"), (EpmdPort, "epmd") })
        {
            if (!Ports.IsFree(port))
                throw new HostingException($"RabbitMQ: {what} port {port} on 127.0.0.1 is already in use. Stop whatever holds it (`ss -ltnp 'sport = :{port}'`) or choose another AMQP port (RabbitMQ:Port).");
        }

        var dir = Options.Directory;
        foreach (var sub in new[] { "mnesia", "log", "home" }) System.IO.Directory.CreateDirectory(Path.Combine(dir, sub));
        Password = Secrets.LoadOrCreate(Path.Combine(dir, "password"));
        var cookie = Path.Combine(dir, "home", ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            File.WriteAllText(cookie, Secrets.Generate(20));
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }

        // default_user is created when the node first boots on an empty mnesia: no guest account ever exists.
        File.WriteAllText(Path.Combine(dir, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{Options.Port}
            default_user = {Options.UserName}
            default_pass = {Password}
            default_vhost = /
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            log.console = true
            log.console.level = info
            log.file = false
            """);
        File.WriteAllText(Path.Combine(dir, "advanced.config"), "[{kernel, [{inet_dist_use_interface, {127,0,0,1}}]}].");
        File.WriteAllText(Path.Combine(dir, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(dir, "rabbitmq-env.conf"), "");   // never read /etc/rabbitmq/rabbitmq-env.conf

        return new ChildProcessSpec(ServerScript, []) { WorkingDirectory = dir, Environment = NodeEnvironment() };
    }

    /// <summary>The environment that addresses this node (also what rabbitmqctl and epmd need to reach it).</summary>
    public IReadOnlyDictionary<string, string> NodeEnvironment()
    {
        var dir = Options.Directory;
        return new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(dir, "home"),
            ["RABBITMQ_NODENAME"] = $"{Options.NodeName}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Options.Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(),
            ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dir, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dir, "rabbitmq-env.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(dir, "rabbit.pid"),
            ["ERL_CRASH_DUMP"] = Path.Combine(dir, "log", "erl_crash.dump"),
        };
    }

    /// <summary>Healthy when the node answers an AMQP 0-9-1 protocol header with Connection.Start (frame type 1).</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Options.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), timeout.Token);
            var frame = new byte[1];
            return await stream.ReadAsync(frame, timeout.Token) == 1 && frame[0] == 1;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>After the node has stopped: ends this node's private epmd, which daemonizes and would outlive it.</summary>
    public async Task StopEpmdAsync()
    {
        var spec = new ChildProcessSpec("epmd", ["-kill"]) { Environment = NodeEnvironment() };
        await using var epmd = ChildProcess.Start(spec, _ => { });
        await Task.WhenAny(epmd.Exited, Task.Delay(TimeSpan.FromSeconds(5)));
    }
}

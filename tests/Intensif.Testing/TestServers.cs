using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;
using Npgsql;

namespace Intensif.Testing;

/// <summary>
/// The private PostgreSQL cluster and RabbitMQ node of one test process, started once through Intensif.Hosting's
/// launchers on free loopback ports in throw-away folders, and stopped when the process ends.
/// Each test class takes its own database (<see cref="CreateDatabaseAsync"/>) and its own virtual host if it needs isolation.
/// </summary>
public static class TestServers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresLauncher? _postgres;
    private static RabbitMqLauncher? _rabbitMq;
    private static ServerProcess? _postgresProcess;
    private static ServerProcess? _rabbitMqProcess;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "intensif-tests-" + Guid.NewGuid().ToString("N")[..8]);
    /// <summary>Servers boot in seconds on an idle machine; the test run keeps two cores busy with builds, brokers and browsers.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    static TestServers() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();

    public static async Task<PostgresLauncher> PostgresAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_postgres is null)
            {
                var launcher = new PostgresLauncher(new PostgresServerOptions
                {
                    Directory = Path.Combine(Root, "postgres"),
                    Port = Ports.GetFree(),
                    Durable = false,
                });
                _postgresProcess = await ServerProcess.StartPostgresAsync(launcher, timeout: StartTimeout);
                _postgres = launcher;
                // vstest may end the test host before ProcessExit handlers finish: a detached guard stops the cluster
                OrphanGuard.Watch(Environment.ProcessId, $"kill -INT {_postgresProcess.ProcessId} 2>/dev/null; sleep 2; rm -rf '{Root}/postgres'");
            }
            return _postgres;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<RabbitMqLauncher> RabbitMqAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_rabbitMq is null)
            {
                var launcher = new RabbitMqLauncher(new RabbitMqServerOptions
                {
                    Directory = Path.Combine(Root, "rabbitmq"),
                    Port = Ports.GetFreeInRange(20000, 35000, 1, 20000),
                    NodeName = "t" + Environment.ProcessId,
                });
                _rabbitMqProcess = await ServerProcess.StartRabbitMqAsync(launcher, timeout: StartTimeout);
                _rabbitMq = launcher;
                OrphanGuard.Watch(Environment.ProcessId,
                    $"kill -TERM {_rabbitMqProcess.ProcessId} 2>/dev/null; sleep 4; ERL_EPMD_PORT={launcher.EpmdPort} epmd -kill >/dev/null 2>&1; rm -rf '{Root}'");
            }
            return _rabbitMq;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh database on the shared cluster; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var postgres = await PostgresAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
        await postgres.EnsureDatabaseAsync(name);
        return postgres.ConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        if (_postgres is null) return;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task StopAsync()
    {
        if (_rabbitMqProcess is not null) await _rabbitMqProcess.DisposeAsync();
        if (_postgresProcess is not null) await _postgresProcess.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

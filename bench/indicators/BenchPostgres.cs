using Intensif.Hosting.Processes;
using Intensif.Hosting.Servers;

namespace IndicatorsBench;

/// <summary>
/// A PostgreSQL kept in a folder of its own (--data-dir) across runs, so that a seeded database is reused: the
/// cluster is created on the first run, started again on the next ones (migrations are applied by the service
/// each time), and stopped cleanly at the end of each run. Not durable (fsync off), like the tests' cluster.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly ServerProcess _process;

    private BenchPostgres(PostgresLauncher launcher, ServerProcess process)
    {
        Launcher = launcher;
        _process = process;
    }

    public PostgresLauncher Launcher { get; }

    public static async Task<BenchPostgres> StartAsync(string directory)
    {
        var launcher = new PostgresLauncher(new PostgresServerOptions { Directory = Path.GetFullPath(directory), Port = Ports.GetFree(), Durable = false });
        var process = await ServerProcess.StartPostgresAsync(launcher, timeout: TimeSpan.FromMinutes(5));
        // if the benchmark is killed, a detached guard stops the cluster (fast shutdown) and keeps the folder
        OrphanGuard.Watch(Environment.ProcessId, $"kill -INT {process.ProcessId} 2>/dev/null");
        return new BenchPostgres(launcher, process);
    }

    public async Task<string> DatabaseAsync(string name)
    {
        await Launcher.EnsureDatabaseAsync(name);
        return Launcher.ConnectionString(name);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}

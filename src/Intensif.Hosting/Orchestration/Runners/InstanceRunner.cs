using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>How one kind of instance is started, checked, made ready and stopped.</summary>
internal abstract class InstanceRunner(ResourceInstance instance)
{
    public ResourceInstance Instance { get; } = instance;

    /// <summary>The process, once started (null for databases and external servers).</summary>
    public ChildProcess? Process { get; protected set; }

    /// <summary>The environment given to the process at its first start; a restart reuses it.</summary>
    public IReadOnlyDictionary<string, string> LaunchEnvironment { get; protected set; } = new Dictionary<string, string>();

    /// <summary>Whether an operator may stop, start and restart it while the application runs (projects and executables).</summary>
    public virtual bool AcceptsCommands => false;

    /// <summary>Set while an operator's stop or restart is under way, so the exit is not reported as a crash.</summary>
    public volatile bool StopRequested;

    /// <summary>One operator command at a time per instance.</summary>
    public SemaphoreSlim CommandGate { get; } = new(1, 1);

    /// <summary>How long start-up (preparation and first healthy check) may take.</summary>
    public abstract TimeSpan StartTimeout { get; }

    /// <summary>Prepares and launches; throws <see cref="Servers.HostingException"/> with cause and fix.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task<HealthResult> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Runs once, after the first healthy check and before dependents start (Aspire's ResourceReadyEvent).</summary>
    public virtual Task OnReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual async Task StopAsync(TimeSpan grace)
    {
        if (Process is not null) await Process.StopAsync(PosixSignalNumber.Term, grace);
    }

    /// <summary>The process cleanup needs (pid file for the orphan guard): "app" processes stop before "server" ones.</summary>
    public virtual (string Kind, string Signal) OrphanCleanup => ("app", "TERM");
}

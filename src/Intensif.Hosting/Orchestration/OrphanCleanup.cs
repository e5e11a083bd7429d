using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Orchestration;

/// <summary>
/// Keeps <c>{state}/run/pids</c> up to date and watches the AppHost with an <see cref="OrphanGuard"/>: if the AppHost
/// dies without stopping its children (SIGKILL, crash), the guard stops them in the usual order — projects (their
/// whole process group), then servers — kills what is left after a grace period, and ends the private epmd.
/// </summary>
internal sealed class OrphanCleanup
{
    private readonly string _pidFile;
    private readonly OrphanGuard _guard;
    private readonly object _gate = new();

    public OrphanCleanup(string stateDirectory, int? epmdPort)
    {
        var runDirectory = Path.Combine(stateDirectory, "run");
        Directory.CreateDirectory(runDirectory);
        _pidFile = Path.Combine(runDirectory, "pids");
        File.WriteAllText(_pidFile, "");
        // epmd refuses -kill while the dying node is still registered: retry, then end whatever holds its port
        var epmd = epmdPort is { } port
            ? $"for i in 1 2 3 4 5 6; do ERL_EPMD_PORT={port} epmd -names >/dev/null 2>&1 || break; ERL_EPMD_PORT={port} epmd -kill >/dev/null 2>&1; sleep 0.5; done; " +
              $"for pid in $(ss -ltnpH 'sport = :{port}' | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u); do kill $pid; done"
            : "true";
        _guard = OrphanGuard.Watch(Environment.ProcessId, $$"""
            f='{{_pidFile}}'
            [ -s "$f" ] || exit 0
            signal() { while read kind sig pid; do [ "$kind" = "$1" ] || continue; s=${2:-$sig}
                         if [ "$kind" = app ]; then kill -$s -- -$pid 2>/dev/null; else kill -$s $pid 2>/dev/null; fi
                       done < "$f"; }
            alive() { while read kind sig pid; do [ "$kind" = "$1" ] && [ -e /proc/$pid ] && return 0; done < "$f"; return 1; }
            for kind in app server; do
              signal $kind
              for i in $(seq 1 40); do alive $kind || break; sleep 0.5; done
              signal $kind KILL
            done
            {{epmd}}
            rm -f "$f"
            """);
    }

    public void Track(string kind, string signal, int pid)
    {
        lock (_gate) File.AppendAllText(_pidFile, $"{kind} {signal} {pid}\n");
    }

    /// <summary>Everything stopped normally: the guard has nothing left to do.</summary>
    public void Complete()
    {
        _guard.Cancel();
        try { File.Delete(_pidFile); } catch (IOException) { }
    }
}

using System.Diagnostics;

namespace Intensif.Hosting.Processes;

/// <summary>
/// A detached watcher (its own session, so it survives its owner) that runs a cleanup script once the owner process
/// is gone, however it ended (even SIGKILL). It is how a test host that is torn down abruptly, or an AppHost that is
/// killed, still leaves no server running and no port bound.
/// </summary>
public sealed class OrphanGuard
{
    private readonly int _pid;

    private OrphanGuard(int pid) => _pid = pid;

    public static OrphanGuard Watch(int ownerPid, string cleanupScript)
    {
        // a zombie owner still exists in /proc: treat state Z as gone
        var script = $$"""
            while [ -e /proc/{{ownerPid}} ] && ! grep -q '^[0-9]* (.*) Z' /proc/{{ownerPid}}/stat 2>/dev/null; do sleep 0.5; done
            {{cleanupScript}}
            """;
        var info = new ProcessStartInfo("setsid", ["bash", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the orphan guard");
        process.StandardInput.Close();
        return new OrphanGuard(process.Id);
    }

    /// <summary>The owner cleaned up by itself: the guard is no longer needed.</summary>
    public void Cancel() => PosixSignals.Send(_pid, PosixSignalNumber.Kill);
}

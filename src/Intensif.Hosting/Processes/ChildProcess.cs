using System.Diagnostics;

namespace Intensif.Hosting.Processes;

/// <summary>One line a child process wrote, with the stream it came from.</summary>
public sealed record ConsoleLine(DateTimeOffset At, string Text, bool IsError);

/// <summary>
/// A process started by the platform: console captured line by line, stopped with a signal and a grace period,
/// killed (with its whole tree) only when the grace period runs out.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public bool HasExited => _exited.Task.IsCompleted;
    public Task<int> Exited => _exited.Task;

    public static ChildProcess Start(ChildProcessSpec spec, Action<ConsoleLine> onLine)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in spec.Arguments) info.ArgumentList.Add(arg);
        foreach (var name in spec.RemoveEnvironment) info.Environment.Remove(name);
        foreach (var (name, value) in spec.Environment) info.Environment[name] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(new ConsoleLine(DateTimeOffset.UtcNow, e.Data, false)); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(new ConsoleLine(DateTimeOffset.UtcNow, e.Data, true)); };
        process.Exited += (_, _) =>
        {
            // drain the redirected streams before reporting the exit
            try { process.WaitForExit(); } catch (InvalidOperationException) { }
            child._exited.TrySetResult(process.ExitCode);
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Sends <paramref name="signal"/>, waits up to <paramref name="grace"/>, then kills the whole tree.</summary>
    public async Task StopAsync(PosixSignalNumber signal, TimeSpan grace)
    {
        if (HasExited) return;
        PosixSignals.Send(Id, signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) == Exited) return;
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(PosixSignalNumber.Term, TimeSpan.FromSeconds(10));
        _process.Dispose();
    }
}

using System.Runtime.InteropServices;

namespace Intensif.Hosting.Processes;

public enum PosixSignalNumber
{
    Interrupt = 2,
    Kill = 9,
    Term = 15,
}

/// <summary>Sends a real POSIX signal (Process.Kill only knows SIGKILL): PostgreSQL needs SIGINT for a fast shutdown.</summary>
public static class PosixSignals
{
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public static bool Send(int pid, PosixSignalNumber signal) => Kill(pid, (int)signal) == 0;
}

using Intensif.Hosting.Processes;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>
/// Children run in their own session (setsid execs in place, same pid): a Ctrl+C in the terminal reaches only the
/// AppHost, which then stops them in order (gateway, services, servers last) instead of all at once.
/// </summary>
internal static class Detached
{
    public static ChildProcessSpec Wrap(ChildProcessSpec spec) =>
        spec with { FileName = "setsid", Arguments = [spec.FileName, .. spec.Arguments] };
}

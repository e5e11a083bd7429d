namespace Intensif.Hosting.ApplicationModel;

/// <summary>Any program run as a child process (tools, fakes in tests, non-.NET services).</summary>
public sealed class ExecutableResource(string name, string command, string workingDirectory, IReadOnlyList<string> args)
    : Resource(name), IResourceWithEndpoints
{
    public string Command { get; } = command;
    public string WorkingDirectory { get; } = workingDirectory;
    public IReadOnlyList<string> Args { get; } = args;
    public override string ResourceType => "Executable";
}

namespace Intensif.Hosting.Processes;

/// <summary>What to run: program, arguments, working directory and environment changes.</summary>
public sealed record ChildProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> RemoveEnvironment { get; init; } = [];
}

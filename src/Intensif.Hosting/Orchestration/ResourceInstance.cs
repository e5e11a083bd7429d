using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting.Orchestration;

/// <summary>One thing the orchestrator runs: a server, a database, or one replica of a project.</summary>
internal sealed class ResourceInstance(IResource resource, string name, int replicaIndex, int? port)
{
    public IResource Resource { get; } = resource;
    public string Name { get; } = name;
    public int ReplicaIndex { get; } = replicaIndex;
    /// <summary>The http port this replica listens on (null for servers and databases).</summary>
    public int? Port { get; } = port;
    public string? Url => Port is null ? null : $"http://127.0.0.1:{Port}";
}

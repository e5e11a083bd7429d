namespace Intensif.Hosting.Orchestration;

/// <summary>
/// What is known of one running instance (a server, a database, or one replica of a project) at a moment.
/// The field names follow the dashboard protocol of Aspire (resource_type, state, health_reports, urls…).
/// </summary>
public sealed record ResourceSnapshot
{
    /// <summary>Instance name: the resource name, or <c>{resource}-{i}</c> for replicas.</summary>
    public required string Name { get; init; }
    /// <summary>The declared resource this instance belongs to.</summary>
    public required string ResourceName { get; init; }
    public required string ResourceType { get; init; }
    public int ReplicaIndex { get; init; }
    public string? Parent { get; init; }
    public ResourceState State { get; init; } = ResourceState.NotStarted;
    public HealthStatus Health { get; init; } = HealthStatus.Unknown;
    /// <summary>Why the last health check failed, or why the resource stopped.</summary>
    public string? Description { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? StoppedAt { get; init; }
    public DateTimeOffset? HealthCheckedAt { get; init; }
    /// <summary>Each health check as last seen: a service's /health checks, or one "{name}_check" for a server.</summary>
    public IReadOnlyList<HealthReport> HealthReports { get; init; } = [];
    public int? ProcessId { get; init; }
    public int? ExitCode { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = [];
    public IReadOnlyList<string> WaitsFor { get; init; } = [];
    /// <summary>The environment the AppHost passed to its process (empty until it starts, and for databases).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    /// <summary>What an operator may ask of it (Aspire's KnownResourceCommands): start, stop, restart for processes; none for servers.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];
}

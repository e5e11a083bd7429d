using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Orchestration;

namespace Intensif.Dashboard.Resources;

/// <summary>The details pane of one instance: its state, environment, what it references and waits for, its commands.</summary>
internal sealed record ResourceDetails(
    string Name,
    ResourceState State,
    IReadOnlyList<EnvironmentEntry> Environment,
    IReadOnlyList<string> References,
    IReadOnlyList<string> WaitsFor,
    IReadOnlyList<string> Commands,
    string? CommandsNote,
    IReadOnlyList<HealthReport> HealthReports,
    string? Source)
{
    public static ResourceDetails Of(ResourceSnapshot snapshot, DistributedApplicationModel model)
    {
        var resource = model.Find(snapshot.ResourceName);
        var annotations = resource?.Annotations ?? [];
        var environment = snapshot.Environment
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => EnvironmentEntry.Of(e.Key, e.Value))
            .ToList();
        var note = snapshot.Commands.Count > 0 ? null
            : resource is PostgresDatabaseResource or PostgresServerResource or RabbitMQServerResource
                ? "Servers and databases are not stopped or restarted from the dashboard: the services depend on them. Stop the AppHost instead."
                : "No commands.";
        return new ResourceDetails(
            snapshot.Name,
            snapshot.State,
            environment,
            annotations.OfType<ResourceReferenceAnnotation>().Select(r => r.Resource.Name).Distinct().ToList(),
            snapshot.WaitsFor,
            snapshot.Commands,
            note,
            snapshot.HealthReports,
            SourceOf(resource));
    }

    /// <summary>Where the resource comes from (Aspire's "source"): a project file, a command line, or a server.</summary>
    private static string? SourceOf(IResource? resource) => resource switch
    {
        ProjectResource project => project.Metadata.ProjectPath,
        ExecutableResource executable => string.Join(' ', [executable.Command, .. executable.Args]),
        PostgresServerResource server => $"PostgreSQL, 127.0.0.1:{server.Port} unless ConnectionStrings:{server.Name} names an external server",
        PostgresDatabaseResource database => $"database {database.DatabaseName} on {database.Parent.Name}",
        RabbitMQServerResource broker => $"RabbitMQ, 127.0.0.1:{broker.Port} unless ConnectionStrings:{broker.Name} names an external broker",
        _ => null,
    };
}

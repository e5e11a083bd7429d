using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>A platform project; <typeparamref name="TProject"/> is generated from the AppHost's project references.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject(name, new TProject());

    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, IProjectMetadata metadata) =>
        builder.AddResource(new ProjectResource(name, metadata))
            .WithAnnotation(new EndpointAnnotation("http", null));

    /// <summary>Any program; it receives the same environment as a project, except ASPNETCORE_URLS.</summary>
    public static IResourceBuilder<ExecutableResource> AddExecutable(
        this IDistributedApplicationBuilder builder, string name, string command, string workingDirectory, params string[] args) =>
        builder.AddResource(new ExecutableResource(name, command, workingDirectory, args));
}

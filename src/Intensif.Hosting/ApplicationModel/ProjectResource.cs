namespace Intensif.Hosting.ApplicationModel;

/// <summary>A .NET project of the platform, run as <c>dotnet &lt;built dll&gt;</c>.</summary>
public sealed class ProjectResource(string name, IProjectMetadata metadata) : Resource(name), IResourceWithEndpoints
{
    public IProjectMetadata Metadata { get; } = metadata;
    public override string ResourceType => "Project";
}

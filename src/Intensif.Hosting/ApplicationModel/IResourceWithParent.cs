namespace Intensif.Hosting.ApplicationModel;

/// <summary>A resource that lives inside another one (a database inside its server).</summary>
public interface IResourceWithParent : IResource
{
    IResource Parent { get; }
}

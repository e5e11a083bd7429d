namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// A resource that others reach through a connection string, injected as <c>ConnectionStrings__{Name}</c>.
/// The value resolves late: it is known only once the orchestrator has allocated ports and credentials.
/// </summary>
public interface IResourceWithConnectionString : IResource
{
    string GetConnectionString();
}

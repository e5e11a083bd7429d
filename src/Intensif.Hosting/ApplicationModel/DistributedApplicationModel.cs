namespace Intensif.Hosting.ApplicationModel;

/// <summary>The declared resources, in declaration order.</summary>
public sealed class DistributedApplicationModel(IReadOnlyList<IResource> resources)
{
    public IReadOnlyList<IResource> Resources { get; } = resources;

    public IResource? Find(string name) =>
        Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}

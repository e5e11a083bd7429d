namespace Intensif.Hosting.ApplicationModel;

public abstract class Resource : IResource
{
    protected Resource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }
    public IList<IResourceAnnotation> Annotations { get; } = [];

    /// <summary>What the dashboard shows in its type column.</summary>
    public abstract string ResourceType { get; }

    public override string ToString() => $"{ResourceType} {Name}";
}

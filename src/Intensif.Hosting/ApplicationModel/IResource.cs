namespace Intensif.Hosting.ApplicationModel;

/// <summary>A named piece of the application (server, database, project). Builder verbs only add annotations to it.</summary>
public interface IResource
{
    string Name { get; }
    IList<IResourceAnnotation> Annotations { get; }
}

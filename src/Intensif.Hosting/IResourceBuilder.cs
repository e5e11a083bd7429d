using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

/// <summary>A resource being declared; builder verbs are extension methods that add annotations and return it.</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    T Resource { get; }
    IDistributedApplicationBuilder ApplicationBuilder { get; }
    IResourceBuilder<T> WithAnnotation(IResourceAnnotation annotation);
}

using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

/// <summary>Builder verbs shared by every resource kind: references, waits, environment.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Injects <c>ConnectionStrings__{source name}</c> into the resource's process.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where T : IResource =>
        builder.WithAnnotation(new ResourceReferenceAnnotation(source.Resource));

    /// <summary>Injects <c>services__{source name}__http__{i}</c> for every replica of the source.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithEndpoints> source)
        where T : IResource =>
        builder.WithAnnotation(new ResourceReferenceAnnotation(source.Resource));

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy (and ready: databases created).</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResource
    {
        if (ReferenceEquals(builder.Resource, dependency.Resource))
            throw new InvalidOperationException($"'{builder.Resource.Name}' cannot wait for itself.");
        return builder.WithAnnotation(new WaitAnnotation(dependency.Resource));
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResource =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, () => value));

    /// <summary>A value computed when the process starts (e.g. from another resource's connection string).</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, Func<string> value)
        where T : IResource =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, value));
}

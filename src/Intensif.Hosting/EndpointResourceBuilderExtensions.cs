using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

/// <summary>Builder verbs for resources that serve http: endpoints, health checks, replicas.</summary>
public static class EndpointResourceBuilderExtensions
{
    /// <summary>
    /// The resource's http endpoint. Without <paramref name="port"/> each replica gets a free port; a fixed port can
    /// be overridden by configuration <c>{resource name}:Port</c> (e.g. <c>--Gateway:Port=5081</c>).
    /// </summary>
    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, string? env = null)
        where T : IResourceWithEndpoints
    {
        var existing = builder.Resource.Annotations.OfType<EndpointAnnotation>().SingleOrDefault();
        if (existing is not null) builder.Resource.Annotations.Remove(existing);
        return builder.WithAnnotation(new EndpointAnnotation("http", port, env) { IsExternal = existing?.IsExternal ?? false });
    }

    /// <summary>Marks the endpoint as one a browser reaches: it is printed at start and shown as a link.</summary>
    public static IResourceBuilder<T> WithExternalHttpEndpoints<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithEndpoints
    {
        var existing = builder.Resource.Annotations.OfType<EndpointAnnotation>().SingleOrDefault() ?? new EndpointAnnotation("http", null);
        builder.Resource.Annotations.Remove(existing);
        return builder.WithAnnotation(existing with { IsExternal = true });
    }

    /// <summary>Healthy only when GET <paramref name="path"/> answers 2xx; without it, healthy once running.</summary>
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path = "/health")
        where T : IResourceWithEndpoints =>
        builder.WithAnnotation(new HttpHealthCheckAnnotation(path));

    public static IResourceBuilder<T> WithReplicas<T>(this IResourceBuilder<T> builder, int replicas)
        where T : IResourceWithEndpoints
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        foreach (var old in builder.Resource.Annotations.OfType<ReplicaAnnotation>().ToList()) builder.Resource.Annotations.Remove(old);
        return builder.WithAnnotation(new ReplicaAnnotation(replicas));
    }
}

namespace Intensif.Hosting.ApplicationModel;

/// <summary>Healthy when GET <paramref name="Path"/> on the resource's http endpoint answers 2xx.</summary>
public sealed record HttpHealthCheckAnnotation(string Path) : IResourceAnnotation;

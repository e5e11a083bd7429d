namespace Intensif.Hosting.ApplicationModel;

/// <summary>An environment variable for the resource's process; the value is resolved when the process starts.</summary>
public sealed record EnvironmentAnnotation(string Name, Func<string> Value) : IResourceAnnotation;

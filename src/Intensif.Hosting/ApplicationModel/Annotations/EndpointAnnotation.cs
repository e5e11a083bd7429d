namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// An http endpoint. <paramref name="Port"/> null means a free port per replica; a fixed port can be overridden
/// by configuration <c>{resource name}:Port</c>. <paramref name="EnvironmentVariable"/> names a variable that
/// receives the port (for executables that do not read ASPNETCORE_URLS).
/// </summary>
public sealed record EndpointAnnotation(string Name, int? Port, string? EnvironmentVariable = null) : IResourceAnnotation
{
    public bool IsExternal { get; init; }
}

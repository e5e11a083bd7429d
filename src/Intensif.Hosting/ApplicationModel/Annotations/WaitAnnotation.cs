namespace Intensif.Hosting.ApplicationModel;

/// <summary><c>WaitFor</c>: start only once <paramref name="Resource"/> is healthy and ready (databases created).</summary>
public sealed record WaitAnnotation(IResource Resource) : IResourceAnnotation;

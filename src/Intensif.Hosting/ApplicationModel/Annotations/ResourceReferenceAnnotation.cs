namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// <c>WithReference</c>: the resource's process gets the referenced resource's connection string
/// (<c>ConnectionStrings__name</c>) or its endpoints (<c>services__name__http__i</c>).
/// </summary>
public sealed record ResourceReferenceAnnotation(IResource Resource) : IResourceAnnotation;

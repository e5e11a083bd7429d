namespace Intensif.Hosting.ApplicationModel;

/// <summary>A resource that serves http endpoints others can reference (<c>services__name__http__i</c>).</summary>
public interface IResourceWithEndpoints : IResource;

namespace Intensif.Hosting.ApplicationModel;

/// <summary>Marker for the data a builder verb attaches to a resource; the orchestrator reads it later.</summary>
public interface IResourceAnnotation;

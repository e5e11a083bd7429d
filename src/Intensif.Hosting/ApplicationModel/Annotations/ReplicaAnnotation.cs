namespace Intensif.Hosting.ApplicationModel;

public sealed record ReplicaAnnotation(int Replicas) : IResourceAnnotation;

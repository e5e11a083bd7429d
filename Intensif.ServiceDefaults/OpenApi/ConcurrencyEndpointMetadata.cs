namespace Intensif.ServiceDefaults.OpenApi;

/// <summary>Marks an endpoint that honours If-Match (a write) or answers an ETag (a read), for the OpenAPI document.</summary>
public sealed record ConcurrencyEndpointMetadata(bool ChecksIfMatch);

namespace Intensif.ServiceDefaults.Http;

/// <summary>Marks an endpoint whose POST honours Idempotency-Key (<see cref="IdempotencyMiddleware"/>).</summary>
public sealed class IdempotentEndpointMetadata;

namespace Intensif.ServiceDefaults.Http;

/// <summary>Where a service keeps its Idempotency-Keys (its own database, table idempotency_keys).</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims the key for this request, or tells why it cannot: already answered, in progress, or reused for another request.</summary>
    Task<IdempotencyClaim> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>Keeps the successful answer, to replay it to every retry with the same key.</summary>
    Task CompleteAsync(string scope, string key, int statusCode, string? location, string? contentType, byte[] body, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose request failed, so the client can correct it and retry with the same key.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>Deletes keys older than the retention; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}

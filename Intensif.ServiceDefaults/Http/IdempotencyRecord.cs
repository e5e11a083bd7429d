namespace Intensif.ServiceDefaults.Http;

/// <summary>
/// One Idempotency-Key seen on a creating POST: who sent it, a fingerprint of the request, and once the request
/// succeeded, the answer to replay. <see cref="StatusCode"/> is null while the first request is still running.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Scope { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

namespace Intensif.ServiceDefaults.Http;

public enum IdempotencyOutcome
{
    /// <summary>First time this key is seen (or its earlier attempt was abandoned): run the request.</summary>
    Claimed,
    /// <summary>The same request already succeeded: replay its answer.</summary>
    Replay,
    /// <summary>The same request is still running.</summary>
    InProgress,
    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

/// <summary>The answer of <see cref="IIdempotencyStore.ClaimAsync"/>; <see cref="Record"/> is the stored answer for a replay.</summary>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, IdempotencyRecord? Record = null);

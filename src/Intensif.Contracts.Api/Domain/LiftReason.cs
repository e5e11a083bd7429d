namespace Intensif.Contracts.Api.Domain;

/// <summary>Why a sanction ends: early (BR-27, BR-28, SR-11), or at its decided end date (ENDED).</summary>
public enum LiftReason
{
    CONTRACT_SIGNED,
    CONTRACT_UPDATED,
    COMPLIANCE,
    /// <summary>The decided end date passed: the sanction ran its length and ended by itself.</summary>
    ENDED,
}

namespace Intensif.Contracts.Api.Domain;

/// <summary>Why a sanction ends early (BR-27, BR-28, SR-11).</summary>
public enum LiftReason
{
    CONTRACT_SIGNED,
    CONTRACT_UPDATED,
    COMPLIANCE,
}

namespace Intensif.Contracts.Api.Domain;

/// <summary>Status codes of a contrat d'engagement (domain reference §3.6).</summary>
public enum ContractStatus
{
    DRAFT,
    SIGNED,
    ACTIVE,
    SUSPENDED_SANCTION,
    CLOSED,
}

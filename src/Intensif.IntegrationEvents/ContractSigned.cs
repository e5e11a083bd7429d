namespace Intensif.IntegrationEvents;

/// <summary>A contrat d'engagement was signed. Indicators get a pseudonymous beneficiary id, never a name.</summary>
public sealed record ContractSigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly SignedOn) : IIntegrationEvent;

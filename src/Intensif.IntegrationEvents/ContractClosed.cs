namespace Intensif.IntegrationEvents;

/// <summary>A contrat d'engagement was closed, with the exit reason code of the domain reference §3.17.</summary>
public sealed record ContractClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly ClosedOn,
    string Reason) : IIntegrationEvent;

namespace Intensif.IntegrationEvents;

/// <summary>A contrat d'engagement was signed. Indicators get a pseudonymous beneficiary id, never a name.</summary>
public sealed record ContractSigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    DateOnly SignedOn) : IIntegrationEvent
{
    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL, from the orientation in force (null when none is recorded).</summary>
    public string? Parcours { get; init; }

    /// <summary>The notification date of the orientation in force, which started the one-month clock (BR-09, O2).</summary>
    public DateOnly? OrientationNotifiedOn { get; init; }

    /// <summary>Public types of the person at signature (Contracts' codes: RSA, ARE, ASS, JEUNE, RQTH, SANS_ALLOCATION).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];
}

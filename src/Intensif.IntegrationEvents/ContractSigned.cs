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

    /// <summary>§3.1 sex of the person, "F" or "M"; null when not recorded (or before the field existed).</summary>
    public string? Sex { get; init; }

    /// <summary>§3.1 qpv: whether the person lives in a quartier prioritaire de la politique de la ville; null when not recorded.</summary>
    public bool? Qpv { get; init; }
}

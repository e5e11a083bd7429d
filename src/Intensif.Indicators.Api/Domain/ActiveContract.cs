using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// One contrat d'engagement in force, as the indicators know it: pseudonymous, scoped by organisme and territory.
/// Kept per contract (not as a bare counter) so later events (closure, exit) can take it out again.
/// </summary>
public sealed class ActiveContract : IFeedsIndicators
{
    public Guid ContractId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid PseudonymousBeneficiaryId { get; private set; }
    public DateOnly SignedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL from the orientation in force at signature; null when none was recorded.</summary>
    public string? Parcours { get; private set; }
    /// <summary>Notification date of the orientation in force (BR-09's one-month clock, O2); null when unknown.</summary>
    public DateOnly? OrientationNotifiedOn { get; private set; }
    /// <summary>Public types of the person at signature.</summary>
    public List<string> Publics { get; private set; } = [];
    /// <summary>Sex of the person at signature ("F" or "M"; sex breakdown); null when not recorded.</summary>
    public string? Sex { get; private set; }
    /// <summary>Whether the person lived in a QPV at signature (qpv breakdown); null when not recorded.</summary>
    public bool? Qpv { get; private set; }

    private ActiveContract() { }

    public static ActiveContract Signed(Guid contractId, string organismeId, string territory, Guid pseudonymousBeneficiaryId, DateOnly signedOn, DateTimeOffset now) => new()
    {
        ContractId = contractId,
        OrganismeId = organismeId,
        Territory = territory,
        PseudonymousBeneficiaryId = pseudonymousBeneficiaryId,
        SignedOn = signedOn,
        RecordedAt = now,
    };

    /// <summary>What the signature says of the orientation and the person (events published before these fields carry none).</summary>
    public void ApplyOrientation(string? parcours, DateOnly? orientationNotifiedOn, IEnumerable<string> publics)
    {
        (Parcours, OrientationNotifiedOn) = (parcours, orientationNotifiedOn);
        Publics = [.. publics.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>What the signature says of the person's sex and QPV residence (null when not recorded, or published before these fields).</summary>
    public void ApplyProfile(string? sex, bool? qpv) => (Sex, Qpv) = (sex, qpv);

    /// <summary>Figures it feeds: in force from its signature (its closure is a row of its own).</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => [new(OrganismeId, Territory, SignedOn, null)];
}

using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Api.Domain;

/// <summary>A person followed by an organisme référent (demandeur d'emploi / personne accompagnée).</summary>
public sealed class Beneficiary
{
    public Guid Id { get; private set; }
    /// <summary>The organisme référent that registered the person: the tenant.</summary>
    public string OrganismeId { get; private set; } = "";
    /// <summary>The référent unique following the person.</summary>
    public string ReferentId { get; private set; } = "";
    /// <summary>Identifiant national of the demandeur d'emploi.</summary>
    public string? FranceTravailId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    /// <summary>Département code of residence, used to scope indicators by territory.</summary>
    public string Territory { get; private set; } = "";
    /// <summary>What other services (indicators) know of the person: never the name.</summary>
    public Guid PseudonymousId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    /// <summary>The publics the person belongs to (§3.1): RSA, ARE, ASS, jeune, RQTH, sans allocation.</summary>
    public IReadOnlyList<PublicType> Publics { get; private set; } = [];
    /// <summary>RSA beneficiaries only: the household facts behind the 50 % sanction cap (BR-29).</summary>
    public RsaHousehold? RsaHousehold { get; private set; }
    /// <summary>The orientation in force (§3.1 currentReferralId).</summary>
    public Guid? CurrentOrientationId { get; private set; }
    /// <summary>§3.1 sex (F / M), for the sex breakdown of the indicators; null when not recorded.</summary>
    public Sex? Sex { get; private set; }
    /// <summary>§3.1 qpv: whether the person lives in a quartier prioritaire de la politique de la ville; null when not recorded.</summary>
    public bool? Qpv { get; private set; }

    private Beneficiary() { }

    /// <summary>
    /// The person's publics and RSA household. An RSA beneficiary's household is required (it decides the sanction cap,
    /// BR-29) and only an RSA beneficiary has one; "jeune" is under 26 (L.5131-4).
    /// </summary>
    public void DescribeSituation(IEnumerable<PublicType> publics, RsaHousehold? household, DateOnly today)
    {
        var list = publics.Distinct().Order().ToArray();
        var isRsa = list.Contains(PublicType.RSA);
        if (isRsa && household is null)
            throw new RuleViolationException("rsa-household-required", "An RSA beneficiary's household (size, single-parent majoration) is needed for the sanction cap (BR-29).");
        if (!isRsa && household is not null)
            throw new RuleViolationException("rsa-household-without-rsa", "Only an RSA beneficiary has an RSA household.");
        if (list.Contains(PublicType.SANS_ALLOCATION) && list.Any(p => p is PublicType.RSA or PublicType.ARE or PublicType.ASS))
            throw new RuleViolationException("publics-inconsistent", "A person without allowance receives neither RSA, ARE nor ASS.");
        if (list.Contains(PublicType.JEUNE) && BirthDate.AddYears(26) <= today)
            throw new RuleViolationException("publics-inconsistent", "The \"jeune\" public is for people under 26.");
        Publics = list;
        RsaHousehold = household;
    }

    /// <summary>Whether the person receives the benefit a sanction would reduce: RSA, or an allowance (ARE/ASS).</summary>
    public bool Receives(BenefitKind benefit) => benefit == BenefitKind.RSA
        ? Publics.Contains(PublicType.RSA)
        : Publics.Contains(PublicType.ARE) || Publics.Contains(PublicType.ASS);

    /// <summary>
    /// Records the person's sex and QPV residence (§3.1); a value not given keeps the one recorded, so a caller that does
    /// not know them never erases them.
    /// </summary>
    public void DescribeProfile(Sex? sex, bool? qpv)
    {
        Sex = sex ?? Sex;
        Qpv = qpv ?? Qpv;
    }

    internal void Orient(Guid orientationId) => CurrentOrientationId = orientationId;

    /// <summary>The référent unique changes (passation); see <see cref="ReferentChange.Handover"/>.</summary>
    internal void AssignReferent(string referentId) => ReferentId = referentId;

    public static Beneficiary Register(
        string organismeId, string referentId, string? franceTravailId, string firstName, string lastName,
        DateOnly birthDate, string territory, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganismeId = organismeId,
        ReferentId = referentId,
        FranceTravailId = franceTravailId,
        FirstName = firstName.Trim(),
        LastName = lastName.Trim(),
        BirthDate = birthDate,
        Territory = territory,
        PseudonymousId = Guid.NewGuid(),
        CreatedAt = now,
        CreatedBy = referentId,
    };
}

using Intensif.ServiceDefaults.Problems;

namespace Intensif.Partners.Api.Domain;

/// <summary>A partner structure (porteur d'action) that delivers activities and publishes them on the shared calendar.</summary>
public sealed class PartnerStructure
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Siret { get; private set; } = "";
    /// <summary>Kind of structure (domain reference §3.13: O2R, PLIE, SIAE_ACI, ASSOCIATION_MOBILITE…).</summary>
    public string Type { get; private set; } = "";
    /// <summary>Département codes where it delivers actions.</summary>
    public List<string> Territories { get; private set; } = [];
    /// <summary>Theme codes of the shared calendar (§3.15).</summary>
    public List<string> Themes { get; private set; } = [];
    public List<StructureContact> Contacts { get; private set; } = [];
    public List<PartnerConvention> Conventions { get; private set; } = [];
    public bool Qualiopi { get; private set; }
    /// <summary>The structure may prescribe PMSMP (immersions) by delegation.</summary>
    public bool PmsmpPrescriptionDelegation { get; private set; }
    /// <summary>Needed before any personal data is shared with the structure (§3.13), hence before any referral.</summary>
    public bool DataSharingAgreementSigned { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Row version (PostgreSQL xmin): the structure's ETag.</summary>
    public uint Version { get; private set; }

    private PartnerStructure() { }

    public static PartnerStructure Register(string siret, StructureProfile profile, string registeredBy, DateTimeOffset now)
    {
        if (!Luhn.IsValid(siret))
            throw new RuleViolationException("invalid-siret", "The SIRET fails its check digit (Luhn).");
        var structure = new PartnerStructure
        {
            Id = Guid.CreateVersion7(now),
            Siret = siret,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
        structure.Describe(profile, now);
        return structure;
    }

    /// <summary>Replaces the profile; the SIRET is the structure's identity and stays.</summary>
    public void Describe(StructureProfile profile, DateTimeOffset now)
    {
        if (!StructureTypes.IsKnown(profile.Type))
            throw new RuleViolationException("unknown-structure-type", $"'{profile.Type}' is not a partner structure type.");
        if (profile.Themes.FirstOrDefault(t => !Domain.Themes.IsKnown(t)) is { } theme)
            throw new RuleViolationException("unknown-theme", $"'{theme}' is not a theme of the shared calendar.");
        if (profile.Territories.Count == 0 || profile.Territories.FirstOrDefault(t => !Domain.Territories.IsDepartement(t)) is { } territory)
            throw new RuleViolationException("unknown-territory", "A structure serves at least one territory, each a département code.");
        if (profile.Conventions.Any(c => !c.IsWellFormed))
            throw new RuleViolationException("invalid-convention", "A convention ends after it starts and funds at least one place.");
        Name = profile.Name.Trim();
        Type = profile.Type;
        Territories = profile.Territories.Distinct().Order().ToList();
        Themes = profile.Themes.Distinct().Order().ToList();
        Contacts = profile.Contacts.ToList();
        Conventions = profile.Conventions.OrderBy(c => c.From).ToList();
        Qualiopi = profile.Qualiopi;
        PmsmpPrescriptionDelegation = profile.PmsmpPrescriptionDelegation;
        DataSharingAgreementSigned = profile.DataSharingAgreementSigned;
        UpdatedAt = now;
    }
}

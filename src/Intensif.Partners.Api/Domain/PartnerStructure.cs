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
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    private PartnerStructure() { }

    public static PartnerStructure Register(string name, string siret, string type, IEnumerable<string> territories, string registeredBy, DateTimeOffset now)
    {
        if (!Luhn.IsValid(siret))
            throw new RuleViolationException("invalid-siret", "The SIRET fails its check digit (Luhn).");
        return new PartnerStructure
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Siret = siret,
            Type = type,
            Territories = territories.Distinct().Order().ToList(),
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
    }
}

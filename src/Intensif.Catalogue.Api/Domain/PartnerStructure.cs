namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// A partner structure as the Partners service last described it (its name, type and SIRET): what the open-data export
/// names the providers of published activities with. Events may arrive out of order: an older description is ignored.
/// </summary>
public sealed class PartnerStructure
{
    public Guid StructureId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The Partners service's type code (§3.13), e.g. PLIE, SIAE_ACI, MISSION_LOCALE.</summary>
    public string Type { get; private set; } = "";
    /// <summary>14 digits; null while no event carried it.</summary>
    public string? Siret { get; private set; }
    /// <summary>Département codes where the structure acts.</summary>
    public string[] Territories { get; private set; } = [];
    /// <summary>When the Partners service made the change held here (the event's occurrence time).</summary>
    public DateTimeOffset DescribedAt { get; private set; }

    private PartnerStructure() { }

    public static PartnerStructure Unknown(Guid structureId) => new() { StructureId = structureId, DescribedAt = DateTimeOffset.MinValue };

    /// <summary>Applies a full description; returns false when it is older than the one held.</summary>
    public bool Describe(string name, string type, IReadOnlyList<string> territories, string? siret, DateTimeOffset describedAt)
    {
        if (describedAt < DescribedAt) return false;
        Name = name.Trim();
        Type = type.Trim();
        Siret = siret ?? Siret;
        Territories = [.. territories.Distinct()];
        DescribedAt = describedAt;
        return true;
    }
}

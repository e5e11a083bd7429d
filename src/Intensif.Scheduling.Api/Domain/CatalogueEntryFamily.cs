namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// The R.5411-15 family of an entry of the fichier métier, as the catalogue's events last described it
/// (CatalogueEntryPublished / CatalogueEntryUpdated). Events may arrive in any order: the description with the newest
/// occurrence time wins. Family 1° is the professional placement (mise en situation professionnelle) SR-07 looks for.
/// </summary>
public sealed class CatalogueEntryFamily
{
    /// <summary>R.5411-15 1°: professional placement (PMSMP, immersion, IAE work, company visit…).</summary>
    public const int ProfessionalSituation = 1;

    public string EntryCode { get; private set; } = "";
    /// <summary>1 to 6; null when the event did not say (an entry published before the field existed).</summary>
    public int? Family { get; private set; }
    public DateTimeOffset DescribedAt { get; private set; }

    private CatalogueEntryFamily() { }

    public static CatalogueEntryFamily Unknown(string entryCode) => new() { EntryCode = entryCode, DescribedAt = DateTimeOffset.MinValue };

    /// <summary>False when the description is not newer than the one held.</summary>
    public bool Describe(int? family, DateTimeOffset occurredAt)
    {
        var at = Instants.Microseconds(occurredAt);
        if (at <= DescribedAt) return false;
        (Family, DescribedAt) = (family, at);
        return true;
    }

    public bool IsProfessionalSituation => Family == ProfessionalSituation;
}

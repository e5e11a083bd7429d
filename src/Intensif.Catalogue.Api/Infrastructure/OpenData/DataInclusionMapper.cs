using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// The only place that turns published entries into data·inclusion v1 services and structures. Each rule is documented
/// in docs/catalogue.md ("data·inclusion") and unit-tested in DataInclusionMapperTests; an unknown field is omitted.
/// </summary>
public static class DataInclusionMapper
{
    /// <summary>The producer identifier of every exported record, and the prefix of every id.</summary>
    public const string Source = "intensif";
    public const string NationalStructureId = Source + "--fichier-metier-national";
    public const string NationalStructureName = "Intensif – fichier métier national";
    private const int NomMaxLength = 150;
    private const int DescriptionMinLength = 5;

    public static string ServiceId(string code) => $"{Source}--{code}";

    /// <summary>The partner structure when the entry names one, else the owning organisme, else the national fichier métier.</summary>
    public static ProviderStructure StructureOf(EntryScope scope, string? ownerOrganisation, Guid? partnerStructureId) =>
        (partnerStructureId, scope, ownerOrganisation) switch
        {
            ({ } partner, _, _) => new($"{Source}--structure-{partner:D}", $"Structure partenaire {partner:D}", partner),
            (null, EntryScope.LOCAL, { } owner) => new($"{Source}--organisme-{owner}", $"Organisme {owner}"),
            _ => new(NationalStructureId, NationalStructureName),
        };

    public static DataInclusionService ToService(CatalogueEntry entry) => new()
    {
        Source = Source,
        StructureId = StructureOf(entry.Scope, entry.OwnerOrganisation, entry.PartnerStructureId).Id,
        Id = ServiceId(entry.Code),
        Nom = Nom(entry.Label),
        Description = entry.Description.Trim().Length >= DescriptionMinLength ? entry.Description.Trim() : $"{entry.Label} – {entry.Category}",
        DateMaj = DateOnly.FromDateTime(entry.UpdatedAt.UtcDateTime),
        Thematiques = NullIfEmpty(entry.Themes.Where(DataInclusionVocabulary.Themes.Contains)),
        Publics = NullIfEmpty(entry.Eligibility.Publics.Where(DataInclusionVocabulary.Publics.Contains)),
        PublicsPrecisions = Ages(entry.Eligibility.AgeMin, entry.Eligibility.AgeMax),
        ConditionsAcces = Conditions(entry.Eligibility),
        // a prescription means a professional mobilises the service; otherwise who may is not recorded
        MobilisablePar = entry.Eligibility.PrescriptionRequired ? ["professionnels"] : null,
        ModesAccueil = entry.Channel switch
        {
            DeliveryChannel.PRESENTIEL => ["en-presentiel"],
            DeliveryChannel.DISTANCIEL => ["a-distance"],
            DeliveryChannel.HYBRIDE => ["en-presentiel", "a-distance"],
            _ => null,
        },
        // the hourly cost is what the funder pays; only an explicit GRATUIT speaks of the beneficiary's fees
        Frais = entry.Funding.Contains("GRATUIT") ? "gratuit" : null,
        // no territory means everywhere (département codes are INSEE COG codes)
        ZoneEligibilite = entry.Territories.Length == 0 ? ["france"] : entry.Territories,
    };

    /// <summary>
    /// One structure per provider. A partner structure the Partners service described (<paramref name="partners"/>)
    /// carries its name, its data·inclusion network and the date of its own latest change; any other provider is named
    /// by its identity and dated by the latest change of its published services.
    /// </summary>
    public static IReadOnlyList<DataInclusionStructure> ToStructures(IEnumerable<(ProviderStructure Provider, DateTimeOffset UpdatedAt)> providers,
        IReadOnlyDictionary<Guid, PartnerStructure>? partners = null) =>
        [.. providers.GroupBy(p => p.Provider).OrderBy(g => g.Key.Id, StringComparer.Ordinal).Select(g =>
        {
            var described = g.Key.PartnerStructureId is { } id && partners?.GetValueOrDefault(id) is { } s && StructureNom(s.Name) is not null ? s : null;
            return new DataInclusionStructure
            {
                Source = Source,
                Id = g.Key.Id,
                Nom = described is null ? Nom(g.Key.Nom) : StructureNom(described.Name)!,
                DateMaj = DateOnly.FromDateTime((described?.DescribedAt ?? g.Max(p => p.UpdatedAt)).UtcDateTime),
                Siret = described?.Siret,
                ReseauxPorteurs = described is not null && PartnerNetworks.Of(described.Type) is { } network ? [network] : null,
            };
        })];

    /// <summary>A structure's name: 3 to 150 characters, not ending with a full stop (v1); null when none is usable.</summary>
    private static string? StructureNom(string name)
    {
        var nom = Nom(name).TrimEnd('.', ' ');
        return nom.Length >= 3 ? nom : null;
    }

    /// <summary>data·inclusion names are 3 to 150 characters; a longer label is cut at a word and marked with an ellipsis.</summary>
    private static string Nom(string label)
    {
        var nom = label.Trim();
        if (nom.Length <= NomMaxLength) return nom;
        var cut = nom[..(NomMaxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > NomMaxLength / 2 ? cut[..lastSpace] : cut).TrimEnd(' ', ',', ';', '.') + "…";
    }

    private static string? Ages(int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => $"De {from} à {to} ans.",
        ({ } from, null) => $"À partir de {from} ans.",
        (null, { } to) => $"Jusqu'à {to} ans.",
        _ => null,
    };

    private static string? Conditions(Eligibility eligibility)
    {
        var parts = new List<string>();
        if (eligibility.Prerequisites.Count > 0) parts.Add($"Prérequis : {string.Join(" ; ", eligibility.Prerequisites)}.");
        if (eligibility.PrescriptionRequired)
            parts.Add(eligibility.PrescriberTypes.Count > 0
                ? $"Sur prescription ({string.Join(", ", eligibility.PrescriberTypes)})."
                : "Sur prescription.");
        return parts.Count > 0 ? string.Join(" ", parts) : null;
    }

    private static IReadOnlyList<string>? NullIfEmpty(IEnumerable<string> values) => values.Distinct().ToArray() is { Length: > 0 } list ? list : null;
}

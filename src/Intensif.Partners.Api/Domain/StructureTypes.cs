namespace Intensif.Partners.Api.Domain;

/// <summary>The kinds of partner structure (domain reference §3.13), with their data·inclusion network where one exists.</summary>
public static class StructureTypes
{
    /// <summary>Type code → data·inclusion <c>reseaux_porteurs</c> value (null when data·inclusion has none).</summary>
    public static readonly IReadOnlyDictionary<string, string?> All = new Dictionary<string, string?>
    {
        ["O2R"] = null,
        ["PLIE"] = "plie",
        ["SIAE_ACI"] = "siae",
        ["SIAE_EI"] = "siae",
        ["SIAE_AI"] = "siae",
        ["SIAE_ETTI"] = "siae",
        ["EA"] = null,
        ["ASSOCIATION_SANTE"] = null,
        ["ASSOCIATION_LOGEMENT"] = null,
        ["ASSOCIATION_MOBILITE"] = null,
        ["ASSOCIATION_AUTRE"] = null,
        ["CONSEIL_REGIONAL"] = "region",
        ["ORGANISME_FORMATION"] = null,
        ["RESEAU_CREATION"] = null,
        ["CCAS"] = "ccas-cias",
        ["CAF"] = "caf",
        ["CPAM"] = null,
        ["ENTREPRISE"] = null,
        ["COLLECTIVITE"] = null,
        ["CEP_OPERATEUR"] = null,
        ["MISSION_LOCALE"] = "mission-locale",
        ["FT"] = "france-travail",
        ["CAP_EMPLOI"] = "cap-emploi-reseau-cheops",
        ["CD"] = "departements",
    };

    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);

    public static string? DataInclusionNetwork(string code) => All.GetValueOrDefault(code);
}

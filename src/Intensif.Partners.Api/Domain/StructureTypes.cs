namespace Intensif.Partners.Api.Domain;

/// <summary>The kinds of partner structure (domain reference §3.13), with their data·inclusion network where one exists.</summary>
public static class StructureTypes
{
    /// <summary>Type code → data·inclusion v1 <c>reseaux_porteurs</c> value (structure.json $defs.ReseauPorteur; null when v1 has none).</summary>
    public static readonly IReadOnlyDictionary<string, string?> All = new Dictionary<string, string?>
    {
        ["O2R"] = null,
        ["PLIE"] = "plie",
        ["SIAE_ACI"] = "aci",
        ["SIAE_EI"] = "ei",
        ["SIAE_AI"] = "ai",
        ["SIAE_ETTI"] = "etti",
        ["EA"] = "ea",
        ["ASSOCIATION_SANTE"] = null,
        ["ASSOCIATION_LOGEMENT"] = null,
        ["ASSOCIATION_MOBILITE"] = null,
        ["ASSOCIATION_AUTRE"] = null,
        ["CONSEIL_REGIONAL"] = "regions",
        ["ORGANISME_FORMATION"] = null,
        ["RESEAU_CREATION"] = null,
        ["CCAS"] = "ccas-cias",
        ["CAF"] = "caf",
        ["CPAM"] = "cpam",
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

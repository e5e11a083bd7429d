namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// The Partners service's structure types (§3.13) that belong to a data·inclusion v1 <c>reseaux_porteurs</c> network;
/// every value is one of the v1 enumeration (structure.json, $defs.ReseauPorteur). Other types have none.
/// </summary>
public static class PartnerNetworks
{
    private static readonly IReadOnlyDictionary<string, string> ByType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PLIE"] = "plie",
        ["SIAE_ACI"] = "aci",
        ["SIAE_EI"] = "ei",
        ["SIAE_AI"] = "ai",
        ["SIAE_ETTI"] = "etti",
        ["EA"] = "ea",
        ["CONSEIL_REGIONAL"] = "regions",
        ["CCAS"] = "ccas-cias",
        ["CAF"] = "caf",
        ["CPAM"] = "cpam",
        ["MISSION_LOCALE"] = "mission-locale",
        ["FT"] = "france-travail",
        ["CAP_EMPLOI"] = "cap-emploi-reseau-cheops",
        ["CD"] = "departements",
    };

    /// <summary>The v1 network of a structure type, or null when data·inclusion has none for it.</summary>
    public static string? Of(string type) => ByType.GetValueOrDefault(type);
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// The reverse of <see cref="DataInclusionMapper"/>: a data·inclusion v1 service becomes a DRAFT entry. What data·inclusion
/// does not carry (R.5411-15 family, dimension, supervision, valuation in hours, proof type) is left empty, so SR-13
/// keeps the draft unpublished until a writer completes it.
/// </summary>
public static partial class DataInclusionImport
{
    private static readonly HashSet<string> ServiceTypes = ["accompagnement", "aide-financiere", "aide-materielle", "atelier", "formation", "information"];
    private static readonly HashSet<string> Everywhere = ["france", "99100"];

    /// <summary>A stable code per importer and data·inclusion record, so importing the same service twice creates one draft.</summary>
    public static string CodeFor(string? ownerOrganisation, string source, string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ownerOrganisation ?? "national"}|{source}|{id}"));
        return "DI-" + Convert.ToHexString(hash)[..12];
    }

    /// <summary>Field errors of a service that cannot become an entry (the entry rules then apply to the definition).</summary>
    public static Dictionary<string, string[]> Errors(DataInclusionService s)
    {
        var errors = new Dictionary<string, string[]>();
        // the schema's required fields; JSON null slips past the C# annotations
        foreach (var (field, value) in new[] { ("source", s.Source), ("id", s.Id), ("structure_id", s.StructureId), ("nom", s.Nom), ("description", s.Description) })
            if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Required by data·inclusion v1."];
        if (errors.Count > 0) return errors;
        if (s.Source == DataInclusionMapper.Source) errors["source"] = ["This service was exported by Intensif: it is already in the catalogue."];
        if (s.Nom.Trim().Length is < 3 or > 200) errors["nom"] = ["A name of 3 to 200 characters."];
        if (s.Description.Trim().Length > 4000) errors["description"] = ["The catalogue keeps descriptions of at most 4000 characters."];
        if (s.Type is { } type && !ServiceTypes.Contains(type)) errors["type"] = [$"'{type}' is not a data·inclusion type of service."];
        if (s.Frais is { } frais && frais is not ("gratuit" or "payant")) errors["frais"] = [$"'{frais}' is not gratuit or payant."];
        if (s.ModesAccueil?.FirstOrDefault(m => m is not ("en-presentiel" or "a-distance")) is { } mode)
            errors["modes_accueil"] = [$"'{mode}' is not en-presentiel or a-distance."];
        if (s.ZoneEligibilite?.FirstOrDefault(z => !Everywhere.Contains(z) && Departement(z) is null) is { } zone)
            errors["zone_eligibilite"] = [$"'{zone}' is not a commune or département code: list the départements of an EPCI or a foreign zone."];
        return errors;
    }

    public static EntryDefinition ToDefinition(DataInclusionService s) => new()
    {
        Label = s.Nom.Trim(),
        Description = s.Description.Trim(),
        Category = s.Type ?? "data·inclusion",
        Themes = s.Thematiques ?? [],
        Eligibility = new Eligibility
        {
            Publics = s.Publics ?? [],
            Prerequisites = string.IsNullOrWhiteSpace(s.ConditionsAcces) ? [] : [s.ConditionsAcces.Trim()],
        },
        Channel = (s.ModesAccueil?.Contains("en-presentiel") ?? false, s.ModesAccueil?.Contains("a-distance") ?? false) switch
        {
            (true, true) => DeliveryChannel.HYBRIDE,
            (true, false) => DeliveryChannel.PRESENTIEL,
            (false, true) => DeliveryChannel.DISTANCIEL,
            _ => null,
        },
        Funding = s.Frais == "gratuit" ? ["GRATUIT"] : [],
        // no zone or the whole country: everywhere; a commune counts for its département
        Territories = s.ZoneEligibilite is null || s.ZoneEligibilite.Any(Everywhere.Contains)
            ? []
            : [.. s.ZoneEligibilite.Select(z => Departement(z)!).Distinct()],
    };

    /// <summary>The département of a département or commune code (INSEE COG: 2A/2B in Corsica, three digits overseas).</summary>
    private static string? Departement(string code) => code switch
    {
        _ when DepartementCode().IsMatch(code) => code,
        _ when CommuneCode().IsMatch(code) => code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2],
        _ => null,
    };

    [GeneratedRegex("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8])$")]
    private static partial Regex DepartementCode();

    [GeneratedRegex("^([0-9]{2}|2A|2B)[0-9]{3}$")]
    private static partial Regex CommuneCode();
}

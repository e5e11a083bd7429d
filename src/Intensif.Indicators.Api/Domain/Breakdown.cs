using System.Globalization;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// How figures are grouped besides the period: organisme référent, territory (department), référent (managers only:
/// a référent's portfolio is close to person-level) or entry cohort (month of the start). Parcours and public are not
/// carried by any event yet (docs/indicators.md).
/// </summary>
public sealed record Breakdown(string Name, Func<IntensiveEpisode, IndicatorData, string> KeyOf, Func<ContractSpell, string>? ContractKeyOf, bool ManagersOnly = false)
{
    public const string Unknown = "unknown";

    public static readonly Breakdown Organisme = new("organisme", (e, _) => e.OrganismeId, c => c.OrganismeId);
    public static readonly Breakdown Territory = new("territory", (e, _) => e.Territory, c => c.Territory);

    /// <summary>The référent at the episode's end, or at the end of the requested periods while it is open.</summary>
    public static readonly Breakdown Referent = new("referent",
        (e, data) => data.ReferentOf(e, e.EndedOn is { } end && end < data.AsOf ? end : data.AsOf) ?? Unknown, null, ManagersOnly: true);

    public static readonly Breakdown Cohort = new("cohort",
        (e, _) => e.StartDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? Unknown, null);

    public static readonly IReadOnlyList<Breakdown> All = [Organisme, Territory, Referent, Cohort];

    /// <summary>Indicators about episodes only can be broken down every way.</summary>
    public static readonly IReadOnlyList<string> OfEpisodes = [.. All.Select(b => b.Name)];

    /// <summary>Indicators that also count contracts: contract events carry neither référent nor cohort.</summary>
    public static readonly IReadOnlyList<string> OfContracts = [Organisme.Name, Territory.Name];

    public static Breakdown? Find(string? name) => All.FirstOrDefault(b => b.Name == name);

    /// <summary>The group of a record that carries only an organisme and a territory (contracts, breach files).</summary>
    public string PlaceKeyOf(string organismeId, string territory) =>
        Name == Organisme.Name ? organismeId : Name == Territory.Name ? territory : throw new InvalidOperationException($"No {Name} on this record.");
}

using System.Globalization;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// How figures are grouped besides the period: organisme référent, territory (department), référent (managers only:
/// a référent's portfolio is close to person-level), entry cohort (month of the start), parcours, public, age band,
/// sex or QPV residence at the start (or, for contracts, at signature). A person may belong to several publics and then counts in each (<see cref="KeysOf(IntensiveEpisode, IndicatorData)"/>);
/// every other breakdown puts a record in exactly one group.
/// </summary>
public sealed record Breakdown(string Name, Func<IntensiveEpisode, IndicatorData, string> KeyOf, Func<ContractSpell, string>? ContractKeyOf, bool ManagersOnly = false)
{
    public const string Unknown = "unknown";

    /// <summary>For a breakdown where a record may be in several groups (public): all of them; null for the single-group ones.</summary>
    public Func<IntensiveEpisode, IReadOnlyList<string>>? EpisodeKeys { get; init; }

    /// <summary>As <see cref="EpisodeKeys"/>, for contracts.</summary>
    public Func<ContractSpell, IReadOnlyList<string>>? ContractKeys { get; init; }

    public static readonly Breakdown Organisme = new("organisme", (e, _) => e.OrganismeId, c => c.OrganismeId);
    public static readonly Breakdown Territory = new("territory", (e, _) => e.Territory, c => c.Territory);

    /// <summary>The référent at the episode's end, or at the end of the requested periods while it is open.</summary>
    public static readonly Breakdown Referent = new("referent",
        (e, data) => data.ReferentOf(e, e.EndedOn is { } end && end < data.AsOf ? end : data.AsOf) ?? Unknown, null, ManagersOnly: true);

    public static readonly Breakdown Cohort = new("cohort",
        (e, _) => e.StartDate?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? Unknown, null);

    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL: of the orientation in force at the episode's start (or at the contract's signature).</summary>
    public static readonly Breakdown Parcours = new("parcours", (e, _) => e.Parcours ?? Unknown, c => c.Parcours ?? Unknown);

    /// <summary>Public types at the start (or at signature); a person with several publics counts in each, so groups do not add up.</summary>
    public static readonly Breakdown Public = new("public", (e, _) => OneOf(e.Publics), c => OneOf(c.Publics))
    {
        EpisodeKeys = e => e.Publics.Count == 0 ? [Unknown] : e.Publics,
        ContractKeys = c => c.Publics.Count == 0 ? [Unknown] : c.Publics,
    };

    /// <summary>Age band at the episode's start ("&lt;26", "26-44", "45-54", "55+"); contract events carry none.</summary>
    public static readonly Breakdown AgeBand = new("ageBand", (e, _) => e.AgeBand ?? Unknown, null);

    /// <summary>Sex of the person at the episode's start (or at the contract's signature): "F", "M".</summary>
    public static readonly Breakdown Sex = new("sex", (e, _) => e.Sex ?? Unknown, c => c.Sex ?? Unknown);

    /// <summary>Whether the person lived in a QPV at the episode's start (or at the contract's signature): "yes", "no".</summary>
    public static readonly Breakdown Qpv = new("qpv", (e, _) => YesNo(e.Qpv), c => YesNo(c.Qpv));

    public static readonly IReadOnlyList<Breakdown> All = [Organisme, Territory, Referent, Cohort, Parcours, Public, AgeBand, Sex, Qpv];

    /// <summary>Indicators about episodes only can be broken down every way.</summary>
    public static readonly IReadOnlyList<string> OfEpisodes = [.. All.Select(b => b.Name)];

    /// <summary>Indicators over breach files (O6): they carry only an organisme and a territory.</summary>
    public static readonly IReadOnlyList<string> OfContracts = [Organisme.Name, Territory.Name];

    /// <summary>Indicators over contracts (I1, I1b, O2): what contract events carry.</summary>
    public static readonly IReadOnlyList<string> OfSignedContracts = [Organisme.Name, Territory.Name, Parcours.Name, Public.Name, Sex.Name, Qpv.Name];

    /// <summary>What a reader of a breakdown's groups must know, served with every definition that allows it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Notes = new Dictionary<string, string>
    {
        [Public.Name] = "A person with several publics counts in each of their groups (and 'unknown' when none is known): the groups of a period add up to more than the total.",
        [Referent.Name] = "Managers only: the référent at the episode's end, or at the end of the requested periods while it is open.",
        [Parcours.Name] = "The parcours of the orientation in force at the episode's start or the contract's signature ('unknown' when the event carried none).",
        [AgeBand.Name] = "The age band at the episode's start ('unknown' when the event carried none).",
        [Sex.Name] = "The person's sex at the episode's start or the contract's signature, F or M ('unknown' when not recorded).",
        [Qpv.Name] = "Whether the person lived in a quartier prioritaire de la politique de la ville at the episode's start or the contract's signature, yes or no ('unknown' when not recorded).",
    };

    public static Breakdown? Find(string? name) => All.FirstOrDefault(b => b.Name == name);

    /// <summary>The groups of an episode: one, or several for public.</summary>
    public IReadOnlyList<string> KeysOf(IntensiveEpisode episode, IndicatorData data) => EpisodeKeys?.Invoke(episode) ?? [KeyOf(episode, data)];

    /// <summary>The groups of a contract: one, or several for public.</summary>
    public IReadOnlyList<string> KeysOf(ContractSpell contract) => ContractKeys?.Invoke(contract) ?? [ContractKeyOf!(contract)];

    /// <summary>Whether the episode is in group <paramref name="key"/>.</summary>
    public bool Holds(IntensiveEpisode episode, IndicatorData data, string key) => KeysOf(episode, data).Contains(key);

    // a single key for a multi-valued breakdown is only used where one is demanded; grouping goes through KeysOf
    private static string OneOf(IReadOnlyList<string> values) => values.Count == 0 ? Unknown : string.Join("+", values);

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => Unknown };

    /// <summary>The group of a record that carries only an organisme and a territory (contracts, breach files).</summary>
    public string PlaceKeyOf(string organismeId, string territory) =>
        Name == Organisme.Name ? organismeId : Name == Territory.Name ? territory : throw new InvalidOperationException($"No {Name} on this record.");
}

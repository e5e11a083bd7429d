namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// Issue 7 §3, costing: realised hours × the hourly cost of the activity valid on the activity's day, per pseudonymous
/// beneficiary, contract, partner, funder or month. The activity's day is the booking's planned start (Europe/Paris):
/// a partner session's start, or the planned start of an autonomous activity; an attendance whose booking is not known
/// yet counts nowhere until it is. Hours on a day no cost covers (or of an entry with no known cost) are uncosted,
/// counted apart, never valued at zero. An activity with several funders is split equally between them (hours and
/// cost), so the funders add up to the total; one with none goes to <see cref="NoFunder"/>. The funders are those of
/// the activity's day (<see cref="ActivityCost.FundersOn"/>). By <c>convention</c>, a partner's activity goes to the
/// funders of its structure's conventions in force on its day (split equally), to <see cref="NoConvention"/> when none
/// covers that day, to <see cref="Unknown"/> while the structure's conventions are not known; an activity without a
/// partner goes to <see cref="NoPartner"/>.
/// </summary>
public static class Costing
{
    public static readonly IReadOnlyList<string> Keys = ["beneficiary", "contract", "partner", "funder", "convention", "month"];
    public const string NoFunder = "NONE", NoPartner = "NONE", Unknown = "UNKNOWN", NoConvention = "NO_CONVENTION";

    public static IReadOnlyList<CostRow> Compute(IReadOnlyCollection<ActivityAssignment> assignments, IReadOnlyCollection<ActivityCost> costs,
        IReadOnlyCollection<PartnerSession> sessions, IReadOnlyCollection<IntensiveEpisode> episodes, DateOnly firstDay, DateOnly lastDay, string groupBy,
        IReadOnlyCollection<StructureConventions>? conventions = null)
    {
        var costOf = costs.ToDictionary(c => c.EntryCode);
        var conventionsOf = (conventions ?? []).ToDictionary(c => c.StructureId);
        var sessionOf = sessions.ToDictionary(s => s.SessionId);
        var episodeOf = episodes.ToDictionary(e => e.EpisodeId);
        var shares = from a in assignments
                     where a.RealisedHours > 0 && a.Day is { } d && d >= firstDay && d <= lastDay
                     let cost = costOf.GetValueOrDefault(a.EntryCode)
                     let rate = cost?.HourlyCostOn(a.Day!.Value)
                     from share in Split(a, cost, rate, groupBy, sessionOf, episodeOf, conventionsOf)
                     select share;
        return [.. shares.GroupBy(s => s.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CostRow(g.Key,
            Cents(g.Sum(s => s.Hours)), Cents(g.Where(s => s.Costed).Sum(s => s.Hours)), Cents(g.Where(s => !s.Costed).Sum(s => s.Hours)),
            Cents(g.Sum(s => s.Cost))))];
    }

    /// <summary>Every group's total: the same sums over all rows (for funders, the split shares add back to the whole).</summary>
    public static CostRow Total(IReadOnlyList<CostRow> rows) => new("TOTAL", rows.Sum(r => r.RealisedHours), rows.Sum(r => r.CostedHours),
        rows.Sum(r => r.UncostedHours), rows.Sum(r => r.Cost));

    private static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static IEnumerable<(string Key, decimal Hours, bool Costed, decimal Cost)> Split(ActivityAssignment a, ActivityCost? cost, decimal? rate, string by,
        Dictionary<Guid, PartnerSession> sessionOf, Dictionary<Guid, IntensiveEpisode> episodeOf, Dictionary<Guid, StructureConventions> conventionsOf)
    {
        var euros = a.RealisedHours * (rate ?? 0m);
        var partner = a.SessionId is { } s && sessionOf.TryGetValue(s, out var session) ? session.StructureId : a.StructureId;
        if (by is "funder" or "convention")
        {
            IReadOnlyList<string> funders = by == "funder" ? (cost?.FundersOn(a.Day!.Value) is { Count: > 0 } f ? f : [NoFunder])
                : partner is not { } structure ? [NoPartner]
                : !conventionsOf.TryGetValue(structure, out var known) ? [Unknown]
                : known.FundersOn(a.Day!.Value) is { Count: > 0 } inForce ? inForce : [NoConvention];
            foreach (var funder in funders) yield return (funder, a.RealisedHours / funders.Count, rate is not null, euros / funders.Count);
            yield break;
        }
        var episode = episodeOf.GetValueOrDefault(a.EpisodeId);
        var key = by switch
        {
            "beneficiary" => episode?.PseudonymousBeneficiaryId.ToString() ?? Unknown,
            "contract" => episode?.ContractId.ToString() ?? Unknown,
            "partner" => partner?.ToString() ?? NoPartner,
            _ => ReportingPeriod.MonthOf(a.Day!.Value).Label,
        };
        yield return (key, a.RealisedHours, rate is not null, euros);
    }
}

namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 O7, second part: the share of passations followed by a held PASSATION entretien within 15 days.</summary>
public sealed class PassationInterviewIndicator : IIndicator
{
    public const int WithinDays = 15;

    public IndicatorDefinition Definition { get; } = new(
        "O7B_PASSATION_INTERVIEW", 1, "O7", "Share of passations with a PASSATION entretien within 15 days", "percent",
        Numerator: $"# passations of the denominator with a held entretien of type PASSATION from the effective date to {WithinDays} days after it",
        Denominator: "# passations taking effect in the period during an intensive episode",
        Period: "Month or quarter of the passation's effective date",
        Population: "Passations in intensive episodes of the scope; cells rest on the passations",
        Sources: ["ReferentChanged", "InterviewHeld (type PASSATION)", "IntensiveEpisodeStarted"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let changes = (from e in g from c in data.ChangesOf(e) where p.Contains(c.EffectiveDate) select (e, c)).ToList()
            let followed = changes.Count(x => data.InterviewsOf(x.e).Any(i => i.Held && i.Type == "PASSATION"
                && i.Day >= x.c.EffectiveDate && i.Day <= x.c.EffectiveDate.AddDays(WithinDays)))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(followed, changes.Count), changes.Count)];
}

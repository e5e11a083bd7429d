namespace Intensif.Indicators.Api.Domain;

/// <summary>§5 I5, response rate: the share of the exits of the period that answered the satisfaction survey.</summary>
public sealed class SatisfactionResponseRateIndicator : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "I5_RESPONSE_RATE", 1, "I5", "Response rate to the exit satisfaction survey", "percent",
        Numerator: "# episodes ended in the period with a satisfaction answer",
        Denominator: "# episodes ended in the period (mid-course invitations are not sent yet)",
        Period: "Month or quarter of the exit (§5: quarterly)",
        Population: "Ended intensive episodes of the scope; cells rest on the exits",
        Sources: ["IntensiveEpisodeEnded", "POST …/satisfaction-answers"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let exits = g.Where(e => e.EndedIn(p)).ToList()
            select new IndicatorCell(p, g.Key, null, Rates.Percent(exits.Count(e => data.AnswerOf(e) is not null), exits.Count), exits.Count)];
}

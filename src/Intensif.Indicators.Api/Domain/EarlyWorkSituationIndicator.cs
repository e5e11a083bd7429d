namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O4, early professional situation (work-first, SR-07): the share of intensive entries with an activity of
/// R.5411-15 family 1° (professional placements) done within N weeks of the start.
/// </summary>
public sealed class EarlyWorkSituationIndicator(int weeks = EarlyWorkSituationIndicator.DefaultWeeks) : IIndicator
{
    /// <summary>PROP: six weeks (SR-07's local deadlines range from 4 to 8; the national one is 8).</summary>
    public const int DefaultWeeks = 6;

    /// <summary>R.5411-15 1°: professional placements (immersions, PMSMP, work periods).</summary>
    public const int ProfessionalPlacementFamily = 1;

    public IndicatorDefinition Definition { get; } = new(
        "O4_EARLY_WORK_SITUATION", SettingVersion.Of(1, weeks, DefaultWeeks), "O4", $"Share of intensive entries with a professional placement done within {weeks} weeks", "percent",
        Numerator: $"# intensive episodes started in the period with at least one activity of R.5411-15 family 1° whose attendance is DONE and whose day "
            + $"(planned start, Europe/Paris) is on or after the start and at most {weeks * 7} days after it; an activity whose catalogue entry's family is not known does not count",
        Denominator: "# intensive episodes started in the period (the entry cohort)",
        Period: $"Cohort of the start month or quarter, complete {weeks} weeks after its last day (attendances recorded later still update it)",
        Population: "Intensive entries of the scope, every parcours (the parcours breakdown isolates SOCIAL, where SR-07 allows a justified exception); cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted", "AssignmentBooked (day)", "AttendanceRecorded (DONE)", "CatalogueEntryPublished/Updated (family)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let entries = g.Where(e => e.StartedIn(p)).ToList()
            let early = entries.Count(e => data.ActivitiesDoneIn(e).Any(a => data.FamilyOf(a.EntryCode) == ProfessionalPlacementFamily
                && a.Day is { } day && day >= e.StartDate!.Value && day <= e.StartDate!.Value.AddDays(weeks * 7)))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(early, entries.Count), entries.Count)];
}

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// §5 O4, early professional situation (work-first, SR-07): the share of intensive entries with an activity of
/// R.5411-15 family 1° (professional placements) done within N weeks of the start, N being the episode's organisme's
/// own deadline (SR-07, carried by IntensiveEpisodeStarted) or, when unknown, the deployment's setting.
/// </summary>
public sealed class EarlyWorkSituationIndicator(int weeks = EarlyWorkSituationIndicator.DefaultWeeks) : IIndicator
{
    /// <summary>PROP: six weeks, for episodes whose event carried no deadline (SR-07's local deadlines range from 4 to 8; the national one is 8).</summary>
    public const int DefaultWeeks = 6;

    /// <summary>R.5411-15 1°: professional placements (immersions, PMSMP, work periods).</summary>
    public const int ProfessionalPlacementFamily = 1;

    public IndicatorDefinition Definition { get; } = new(
        "O4_EARLY_WORK_SITUATION", SettingVersion.Of(2, weeks, DefaultWeeks), "O4",
        $"Share of intensive entries with a professional placement done within their organisme's deadline (else {weeks} weeks)", "percent",
        Numerator: "# intensive episodes started in the period with at least one activity of R.5411-15 family 1° whose attendance is DONE and whose day "
            + "(planned start, Europe/Paris) is on or after the start and at most N × 7 days after it, N being the episode's own SR-07 deadline "
            + $"(the organisme's local policy in force at the start, IntensiveEpisodeStarted.EarlyWorkSituationDeadlineWeeks), or {weeks} weeks "
            + $"({weeks * 7} days) when the episode's event did not carry one; an activity whose catalogue entry's family is not known does not count. "
            + "Version 1 used the same N for every episode",
        Denominator: "# intensive episodes started in the period (the entry cohort)",
        Period: "Cohort of the start month or quarter, complete once each entry's deadline has passed (at most 52 weeks after the period's last day; "
            + "attendances recorded later still update it)",
        Population: "Intensive entries of the scope, every parcours (the parcours breakdown isolates SOCIAL, where SR-07 allows a justified exception); cells rest on the cohort",
        Sources: ["IntensiveEpisodeStarted (EarlyWorkSituationDeadlineWeeks)", "AssignmentBooked (day)", "AttendanceRecorded (DONE)", "CatalogueEntryPublished/Updated (family)"],
        Breakdowns: Breakdown.OfEpisodes, Additive: false);

    /// <summary>The weeks an episode has: its organisme's SR-07 deadline when its Started event carried one, else the setting.</summary>
    public int WeeksFor(IntensiveEpisode episode) => episode.EarlyWorkSituationDeadlineWeeks ?? weeks;

    public IReadOnlyList<IndicatorCell> Compute(IndicatorData data, IReadOnlyList<ReportingPeriod> periods, Breakdown breakdown) =>
        [.. from g in Groups.Of(data, breakdown)
            from p in periods
            let entries = g.Where(e => e.StartedIn(p)).ToList()
            let early = entries.Count(e => data.ActivitiesDoneIn(e).Any(a => data.FamilyOf(a.EntryCode) == ProfessionalPlacementFamily
                && a.Day is { } day && day >= e.StartDate!.Value && day <= e.StartDate!.Value.AddDays(WeeksFor(e) * 7)))
            select new IndicatorCell(p, g.Key, null, Rates.Percent(early, entries.Count), entries.Count)];
}

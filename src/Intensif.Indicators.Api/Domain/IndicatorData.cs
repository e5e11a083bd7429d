namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// What the indicators of a scope are computed from: the projected episodes, contracts, entretiens, closed weeks,
/// passations and satisfaction answers. <see cref="AsOf"/> is the day at which a changing attribute (the référent) is read for grouping.
/// </summary>
public sealed class IndicatorData
{
    private ILookup<(string, Guid), InterviewOutcome>? _interviews;
    private Dictionary<Guid, SatisfactionAnswer>? _answers;
    private ILookup<Guid, SatisfactionAnswer>? _midCourseAnswers;
    private ILookup<Guid, WeekMonth>? _weekMonths;
    private ILookup<Guid, ReferentChange>? _changes;
    private Dictionary<(Guid, string, DateOnly), int>? _heldByMonth;
    private ILookup<(string, Guid), DiagnosticVersion>? _diagnostics;
    private ILookup<Guid, EmploymentOutcome>? _outcomes;
    private ILookup<Guid, ActivityAssignment>? _activities;
    private ILookup<Guid, SatisfactionInvitation>? _invitations;

    public required IReadOnlyCollection<IntensiveEpisode> Episodes { get; init; }
    public IReadOnlyCollection<ContractSpell> Contracts { get; init; } = [];
    public IReadOnlyCollection<InterviewOutcome> Interviews { get; init; } = [];
    public IReadOnlyCollection<ReferentChange> ReferentChanges { get; init; } = [];
    public IReadOnlyCollection<SatisfactionAnswer> Answers { get; init; } = [];
    /// <summary>Mid-course satisfaction invitations of the episodes (I5's response rate).</summary>
    public IReadOnlyCollection<SatisfactionInvitation> Invitations { get; init; } = [];
    /// <summary>Closed weeks one by one (a manager's action lists); the indicators read <see cref="WeekMonths"/>.</summary>
    public IReadOnlyCollection<ClosedWeek> Weeks { get; init; } = [];
    /// <summary>The episodes' closed weeks summed by month of their Thursday (I3, I3b, I3c).</summary>
    public IReadOnlyCollection<WeekMonth> WeekMonths { get; init; } = [];
    /// <summary>The held entretiens of the episodes' people counted by organisme and month (I3d).</summary>
    public IReadOnlyCollection<InterviewMonth> InterviewMonths { get; init; } = [];
    public IReadOnlyCollection<DiagnosticVersion> Diagnostics { get; init; } = [];
    public IReadOnlyCollection<BreachFile> BreachFiles { get; init; } = [];
    /// <summary>Employment outcomes of the episodes' people starting on or after the first day (I4).</summary>
    public IReadOnlyCollection<EmploymentOutcome> EmploymentOutcomes { get; init; } = [];
    /// <summary>Orientation decisions of the scope decided in the requested periods (O3).</summary>
    public IReadOnlyCollection<Orientation> Orientations { get; init; } = [];
    /// <summary>Activities of the episodes done (DONE), for O4.</summary>
    public IReadOnlyCollection<ActivityAssignment> Activities { get; init; } = [];
    /// <summary>R.5411-15 family of the catalogue entries of <see cref="Activities"/>, by entry code (O4).</summary>
    public IReadOnlyDictionary<string, int> EntryFamilies { get; init; } = new Dictionary<string, int>();
    public DateOnly AsOf { get; init; } = DateOnly.MaxValue;

    /// <summary>The entretiens of the episode's person with the episode's organisme (any date).</summary>
    public IEnumerable<InterviewOutcome> InterviewsOf(IntensiveEpisode episode) =>
        (_interviews ??= Interviews.ToLookup(i => (i.OrganismeId, i.BeneficiaryId)))[(episode.OrganismeId, episode.PseudonymousBeneficiaryId)];

    /// <summary>The passations that took effect during the episode, in order.</summary>
    public IEnumerable<ReferentChange> ChangesOf(IntensiveEpisode episode) =>
        (_changes ??= ReferentChanges.Where(c => c.InIntensiveEpisode).ToLookup(c => c.BeneficiaryId))[episode.PseudonymousBeneficiaryId]
        .Where(c => c.Concerns(episode)).OrderBy(c => c.EffectiveDate).ThenBy(c => c.OccurredAt);

    /// <summary>The episode's référent at the end of <paramref name="day"/>: the last passation by then, or the one it started with.</summary>
    public string? ReferentOf(IntensiveEpisode episode, DateOnly day) =>
        ChangesOf(episode).LastOrDefault(c => c.EffectiveDate <= day)?.ToReferentId ?? episode.ReferentId;

    /// <summary>The episode's closed weeks, summed by month of their Thursday.</summary>
    public IEnumerable<WeekMonth> WeekMonthsOf(IntensiveEpisode episode) => (_weekMonths ??= WeekMonths.ToLookup(w => w.EpisodeId))[episode.EpisodeId];

    /// <summary>How many entretiens of the episode's person with its organisme were held in <paramref name="month"/> (Europe/Paris).</summary>
    public int HeldInterviewsIn(IntensiveEpisode episode, ReportingPeriod month) =>
        (_heldByMonth ??= InterviewMonths.ToDictionary(i => (i.BeneficiaryId, i.OrganismeId, i.Month), i => i.Held))
        .GetValueOrDefault((episode.PseudonymousBeneficiaryId, episode.OrganismeId, month.FirstDay));

    /// <summary>The diagnostic at entry: the last version dated on or before the start, else the first one after it.</summary>
    public DiagnosticVersion? EntryDiagnosticOf(IntensiveEpisode episode)
    {
        var versions = (_diagnostics ??= Diagnostics.ToLookup(d => (d.OrganismeId, d.BeneficiaryId)))[(episode.OrganismeId, episode.PseudonymousBeneficiaryId)]
            .OrderBy(d => d.DiagnosticDate).ThenBy(d => d.Version).ToList();
        return versions.LastOrDefault(d => d.DiagnosticDate <= episode.StartDate) ?? versions.FirstOrDefault();
    }

    /// <summary>The employment outcomes of the episode's person (any organisme: access to employment is the person's).</summary>
    public IEnumerable<EmploymentOutcome> OutcomesOf(IntensiveEpisode episode) =>
        (_outcomes ??= EmploymentOutcomes.ToLookup(o => o.BeneficiaryId))[episode.PseudonymousBeneficiaryId];

    /// <summary>The activities of the episode whose attendance is DONE.</summary>
    public IEnumerable<ActivityAssignment> ActivitiesDoneIn(IntensiveEpisode episode) =>
        (_activities ??= Activities.Where(a => a.Status == ActivityAssignment.Done).ToLookup(a => a.EpisodeId))[episode.EpisodeId];

    public int? FamilyOf(string entryCode) => EntryFamilies.TryGetValue(entryCode, out var family) ? family : null;

    /// <summary>The answer at the episode's exit, if any.</summary>
    public SatisfactionAnswer? AnswerOf(IntensiveEpisode episode) =>
        (_answers ??= Answers.Where(a => !a.MidCourse).GroupBy(a => a.EpisodeId).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault(episode.EpisodeId);

    /// <summary>The answers given during the episode, to its mid-course invitations.</summary>
    public IEnumerable<SatisfactionAnswer> MidCourseAnswersOf(IntensiveEpisode episode) =>
        (_midCourseAnswers ??= Answers.Where(a => a.MidCourse).ToLookup(a => a.EpisodeId))[episode.EpisodeId];

    public IEnumerable<SatisfactionInvitation> InvitationsOf(IntensiveEpisode episode) =>
        (_invitations ??= Invitations.ToLookup(i => i.EpisodeId))[episode.EpisodeId];
}

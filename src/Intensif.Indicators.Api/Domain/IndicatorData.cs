namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// What the indicators of a scope are computed from: the projected episodes, contracts, entretiens, closed weeks,
/// passations and satisfaction answers. <see cref="AsOf"/> is the day at which a changing attribute (the référent) is read for grouping.
/// </summary>
public sealed class IndicatorData
{
    private ILookup<(string, Guid), InterviewOutcome>? _interviews;
    private Dictionary<Guid, SatisfactionAnswer>? _answers;
    private ILookup<Guid, ClosedWeek>? _weeks;
    private ILookup<(string, Guid), DiagnosticVersion>? _diagnostics;

    public required IReadOnlyCollection<IntensiveEpisode> Episodes { get; init; }
    public IReadOnlyCollection<ContractSpell> Contracts { get; init; } = [];
    public IReadOnlyCollection<InterviewOutcome> Interviews { get; init; } = [];
    public IReadOnlyCollection<ReferentChange> ReferentChanges { get; init; } = [];
    public IReadOnlyCollection<SatisfactionAnswer> Answers { get; init; } = [];
    public IReadOnlyCollection<ClosedWeek> Weeks { get; init; } = [];
    public IReadOnlyCollection<DiagnosticVersion> Diagnostics { get; init; } = [];
    public IReadOnlyCollection<BreachFile> BreachFiles { get; init; } = [];
    public DateOnly AsOf { get; init; } = DateOnly.MaxValue;

    /// <summary>The entretiens of the episode's person with the episode's organisme (any date).</summary>
    public IEnumerable<InterviewOutcome> InterviewsOf(IntensiveEpisode episode) =>
        (_interviews ??= Interviews.ToLookup(i => (i.OrganismeId, i.BeneficiaryId)))[(episode.OrganismeId, episode.PseudonymousBeneficiaryId)];

    /// <summary>The passations that took effect during the episode, in order.</summary>
    public IEnumerable<ReferentChange> ChangesOf(IntensiveEpisode episode) =>
        ReferentChanges.Where(c => c.InIntensiveEpisode && c.Concerns(episode)).OrderBy(c => c.EffectiveDate).ThenBy(c => c.OccurredAt);

    /// <summary>The episode's référent at the end of <paramref name="day"/>: the last passation by then, or the one it started with.</summary>
    public string? ReferentOf(IntensiveEpisode episode, DateOnly day) =>
        ChangesOf(episode).LastOrDefault(c => c.EffectiveDate <= day)?.ToReferentId ?? episode.ReferentId;

    public IEnumerable<ClosedWeek> WeeksOf(IntensiveEpisode episode) => (_weeks ??= Weeks.ToLookup(w => w.EpisodeId))[episode.EpisodeId];

    /// <summary>The diagnostic at entry: the last version dated on or before the start, else the first one after it.</summary>
    public DiagnosticVersion? EntryDiagnosticOf(IntensiveEpisode episode)
    {
        var versions = (_diagnostics ??= Diagnostics.ToLookup(d => (d.OrganismeId, d.BeneficiaryId)))[(episode.OrganismeId, episode.PseudonymousBeneficiaryId)]
            .OrderBy(d => d.DiagnosticDate).ThenBy(d => d.Version).ToList();
        return versions.LastOrDefault(d => d.DiagnosticDate <= episode.StartDate) ?? versions.FirstOrDefault();
    }

    public SatisfactionAnswer? AnswerOf(IntensiveEpisode episode) =>
        (_answers ??= Answers.GroupBy(a => a.EpisodeId).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault(episode.EpisodeId);
}

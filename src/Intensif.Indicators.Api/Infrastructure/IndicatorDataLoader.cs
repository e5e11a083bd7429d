using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>
/// Reads from the projections what the indicators of a scope need over [first, last]: episodes overlapping it, the
/// contracts in force in it, and the entretiens, closed weeks, passations, diagnostics, answers, employment outcomes and
/// activities done of those episodes, and the orientations decided in it; of these, only the collections in
/// <paramref name="reads"/> (<see cref="IndicatorReads"/>: what the requested indicator reads), the others are left empty.
/// </summary>
public static class IndicatorDataLoader
{
    public static async Task<IndicatorData> LoadAsync(this IndicatorsDbContext db, IndicatorScope scope, DateOnly first, DateOnly last,
        DateOnly asOf, CancellationToken cancellationToken, IndicatorInputs reads = IndicatorInputs.All)
    {
        bool Reads(IndicatorInputs input) => (reads & input) == input;
        var (organisme, territory) = (scope.OrganismeId, scope.Territory);
        var episodes = await db.IntensiveEpisodes.AsNoTracking()
            .Where(e => organisme != null ? e.OrganismeId == organisme : e.Territory == territory)
            .Where(e => e.StartDate != null && e.StartDate <= last && (e.EndedOn == null || e.EndedOn >= first))
            .ToListAsync(cancellationToken);
        var episodeIds = episodes.Select(e => e.EpisodeId).ToList();
        var people = episodes.Select(e => e.PseudonymousBeneficiaryId).Distinct().ToList();

        // contracts in force in the window: the scope's signed by its last day (one range of a covering index), less those
        // closed before its first day (an anti-join over the closures' index); the closing day of the others from that index
        var closedBefore = db.ContractClosures.Where(c => (organisme != null ? c.OrganismeId == organisme : c.Territory == territory) && c.ClosedOn < first);
        var contracts = !Reads(IndicatorInputs.Contracts) ? [] : await db.ActiveContracts.AsNoTracking()
            .Where(a => (organisme != null ? a.OrganismeId == organisme : a.Territory == territory) && a.SignedOn <= last)
            .Where(a => !closedBefore.Any(c => c.ContractId == a.ContractId))
            .Select(a => new { a.ContractId, a.OrganismeId, a.Territory, a.PseudonymousBeneficiaryId, a.SignedOn, a.Parcours, a.OrientationNotifiedOn, a.Publics, a.Sex, a.Qpv })
            .ToListAsync(cancellationToken);
        var closedSince = !Reads(IndicatorInputs.Contracts) ? [] : await db.ContractClosures.AsNoTracking()
            .Where(c => (organisme != null ? c.OrganismeId == organisme : c.Territory == territory) && c.ClosedOn >= first)
            .Select(c => new { c.ContractId, c.ClosedOn })
            .ToDictionaryAsync(c => c.ContractId, c => c.ClosedOn, cancellationToken);

        var changes = !Reads(IndicatorInputs.ReferentChanges) ? [] : await db.ReferentChanges.AsNoTracking()
            .Where(c => people.Contains(c.BeneficiaryId) && c.EffectiveDate <= asOf)
            .ToListAsync(cancellationToken);
        // passation entretiens up to 15 days after the last day count for O7; O7 alone reads only the PASSATION ones of the people with a passation
        var (from, to) = (new DateTimeOffset(first.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(last.AddDays(PassationInterviewIndicator.WithinDays + 2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var passed = changes.Select(c => c.BeneficiaryId).Distinct().ToList();
        var interviews = Reads(IndicatorInputs.Interviews)
            ? await db.InterviewOutcomes.AsNoTracking().Where(i => people.Contains(i.BeneficiaryId) && i.ScheduledAt >= from && i.ScheduledAt < to)
                .ToListAsync(cancellationToken)
            : !Reads(IndicatorInputs.PassationInterviews) ? [] : await db.InterviewOutcomes.AsNoTracking()
                .Where(i => passed.Contains(i.BeneficiaryId) && i.Type == "PASSATION" && i.ScheduledAt >= from && i.ScheduledAt < to)
                .ToListAsync(cancellationToken);
        // I3–I3d read the kept monthly totals (whole months: the periods are months or quarters)
        var firstMonth = FigureMarks.FirstOfMonth(first);
        // a scope's months are one range of an index holding every column (by episode they would be spread over thousands of pages);
        // a week is closed in its episode's organisme and territory, and only the loaded episodes' months are looked at
        var weekMonths = !Reads(IndicatorInputs.WeekMonths) ? [] : await db.Set<WeekMonth>().AsNoTracking()
            .Where(w => (organisme != null ? w.OrganismeId == organisme : w.Territory == territory) && w.Month >= firstMonth && w.Month <= last)
            .ToListAsync(cancellationToken);
        var interviewMonths = !Reads(IndicatorInputs.InterviewMonths) ? [] : await db.Set<InterviewMonth>().AsNoTracking()
            .Where(i => people.Contains(i.BeneficiaryId) && (organisme == null || i.OrganismeId == organisme) && i.Month >= firstMonth && i.Month <= last)
            .ToListAsync(cancellationToken);
        var weeks = !Reads(IndicatorInputs.Weeks) ? [] : await db.ClosedWeeks.AsNoTracking()
            .Where(w => episodeIds.Contains(w.EpisodeId) && w.WeekStart >= first.AddDays(-7) && w.WeekStart <= last)
            .ToListAsync(cancellationToken);
        var diagnostics = !Reads(IndicatorInputs.Diagnostics) ? [] : await db.DiagnosticVersions.AsNoTracking().Where(d => people.Contains(d.BeneficiaryId) && d.DiagnosticDate <= last)
            .ToListAsync(cancellationToken);
        var breachFiles = !Reads(IndicatorInputs.BreachFiles) ? [] : await db.BreachFiles.AsNoTracking()
            .Where(f => organisme != null ? f.OrganismeId == organisme : f.Territory == territory)
            .Where(f => (f.DetectedOn >= first && f.DetectedOn <= last) || (f.DecisionDate >= first && f.DecisionDate <= last)
                || (f.LiftedOn >= first && f.LiftedOn <= last))
            .ToListAsync(cancellationToken);
        // I4 and O4 (employment outcomes, family-1° activities done, orientations): see OutcomeDataLoader
        var outcomes = !Reads(IndicatorInputs.EmploymentOutcomes) ? [] : await db.LoadEmploymentOutcomesAsync(people, first, cancellationToken);
        var orientations = !Reads(IndicatorInputs.Orientations) ? [] : await db.LoadOrientationsAsync(scope, first, last, cancellationToken);
        var (activities, families) = !Reads(IndicatorInputs.Activities) ? ([], []) : await db.LoadActivitiesDoneAsync(episodeIds, cancellationToken);
        var answers = !Reads(IndicatorInputs.Answers) ? [] : await db.SatisfactionAnswers.AsNoTracking().Where(a => episodeIds.Contains(a.EpisodeId)).ToListAsync(cancellationToken);
        // I5's response rate: the mid-course invitations of the episodes (read with the answers)
        var invitations = !Reads(IndicatorInputs.Answers) ? [] : await db.Set<SatisfactionInvitation>().AsNoTracking().Where(i => episodeIds.Contains(i.EpisodeId)).ToListAsync(cancellationToken);

        return new IndicatorData
        {
            Episodes = episodes,
            Contracts = [.. contracts.Select(c => new ContractSpell(c.ContractId, c.OrganismeId, c.Territory, c.PseudonymousBeneficiaryId, c.SignedOn,
                    closedSince.TryGetValue(c.ContractId, out var closedOn) ? closedOn : null)
                { Parcours = c.Parcours, OrientationNotifiedOn = c.OrientationNotifiedOn, Publics = c.Publics, Sex = c.Sex, Qpv = c.Qpv })],
            Interviews = interviews,
            Weeks = weeks,
            WeekMonths = weekMonths,
            InterviewMonths = interviewMonths,
            ReferentChanges = changes,
            Answers = answers,
            Invitations = invitations,
            Diagnostics = diagnostics,
            BreachFiles = breachFiles,
            EmploymentOutcomes = outcomes,
            Orientations = orientations,
            Activities = activities,
            EntryFamilies = families,
            AsOf = asOf,
        };
    }
}

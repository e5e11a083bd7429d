using Intensif.Indicators.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Indicators.Api.Infrastructure;

/// <summary>What I4, O3 and O4 read besides the episodes: employment outcomes, orientations, family-1° activities done.</summary>
public static class OutcomeDataLoader
{
    /// <summary>The outcomes of these people starting on or after <paramref name="first"/> (an entry of the window is on or after it).</summary>
    public static async Task<List<EmploymentOutcome>> LoadEmploymentOutcomesAsync(this IndicatorsDbContext db, List<Guid> people, DateOnly first,
        CancellationToken cancellationToken) =>
        await db.Set<EmploymentOutcome>().AsNoTracking().Where(o => people.Contains(o.BeneficiaryId) && o.StartDate >= first).ToListAsync(cancellationToken);

    /// <summary>Orientations to the scope's organisme, or of its territory, decided in [first, last].</summary>
    public static async Task<List<Orientation>> LoadOrientationsAsync(this IndicatorsDbContext db, IndicatorScope scope, DateOnly first, DateOnly last,
        CancellationToken cancellationToken)
    {
        var (organisme, territory) = (scope.OrganismeId, scope.Territory);
        return await db.Set<Orientation>().AsNoTracking()
            .Where(o => organisme != null ? o.OrganismeId == organisme : o.Territory == territory)
            .Where(o => o.DecisionDate >= first && o.DecisionDate <= last)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The activities done (DONE) of these episodes, and the R.5411-15 family of their catalogue entries.</summary>
    public static async Task<(List<ActivityAssignment> Activities, Dictionary<string, int> Families)> LoadActivitiesDoneAsync(this IndicatorsDbContext db,
        List<Guid> episodeIds, CancellationToken cancellationToken)
    {
        var activities = await db.ActivityAssignments.AsNoTracking()
            .Where(a => episodeIds.Contains(a.EpisodeId) && a.Status == ActivityAssignment.Done && a.PlannedStart != null)
            .ToListAsync(cancellationToken);
        var codes = activities.Select(a => a.EntryCode).Distinct().ToList();
        var families = await db.ActivityCosts.AsNoTracking().Where(c => codes.Contains(c.EntryCode) && c.Family != null)
            .ToDictionaryAsync(c => c.EntryCode, c => c.Family!.Value, cancellationToken);
        return (activities, families);
    }
}
